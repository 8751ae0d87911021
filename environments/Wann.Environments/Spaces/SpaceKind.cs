namespace Wann.Environments.Spaces;

/// <summary>The two kinds of space Wann knows (Gymnasium's <c>Box</c> and <c>Discrete</c>).</summary>
public enum SpaceKind
{
    /// <summary>A vector of real components, each within a lower and an upper bound.</summary>
    Continuous,

    /// <summary>One choice among <c>n</c>, written as its index 0 … n−1.</summary>
    Discrete,
}
