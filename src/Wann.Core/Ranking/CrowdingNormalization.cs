namespace Wann.Core.Ranking;

/// <summary>How each objective's crowding gaps are scaled before they are summed.</summary>
public enum CrowdingNormalization
{
    /// <summary>Divide by the objective's range within the front, as NSGA-II intends (the default).</summary>
    Range,

    /// <summary>
    /// Multiply by |1/max − min|, what the WANN reference's <c>nsga_sort.py</c> computes because of operator
    /// precedence. For a reward objective in the hundreds this is ≈ min, so reward gaps dominate the distance.
    /// Offered only to reproduce the reference's behaviour exactly.
    /// </summary>
    Reference,
}
