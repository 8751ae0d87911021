namespace Wann.Core.Reproduction;

/// <summary>The topological mutations of WANN search.</summary>
public enum MutationKind
{
    /// <summary>Add a feed-forward connection.</summary>
    AddConnection,

    /// <summary>Split a connection with a new hidden node.</summary>
    AddNode,

    /// <summary>Re-enable a disabled connection.</summary>
    EnableConnection,

    /// <summary>Change a hidden node's activation function.</summary>
    ChangeActivation,
}
