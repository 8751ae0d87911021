namespace Wann.Pruning.Comparison;

/// <summary>A pruning method trained down to a WANN champion's connection count.</summary>
/// <param name="TargetConnections">The champion's enabled connections.</param>
/// <param name="Method">The method's name.</param>
/// <param name="Remaining">Weights the pruned network kept (equal to the target up to rounding of the iterative schedule).</param>
/// <param name="TestAccuracy">Its test accuracy.</param>
/// <param name="Collapsed">Whether a layer lost every weight.</param>
public sealed record MatchedResult(int TargetConnections, string Method, long Remaining, double TestAccuracy, bool Collapsed);
