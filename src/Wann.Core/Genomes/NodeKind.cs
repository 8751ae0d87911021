namespace Wann.Core.Genomes;

/// <summary>The role of a node in a genome.</summary>
public enum NodeKind
{
    /// <summary>The bias node: always 1, never the target of a connection.</summary>
    Bias,

    /// <summary>An input node: takes an observation component as it is (no activation).</summary>
    Input,

    /// <summary>An output node: its value is the network's output.</summary>
    Output,

    /// <summary>A hidden node, added by mutation.</summary>
    Hidden,
}
