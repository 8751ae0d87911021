namespace Wann.Core.Ranking;

/// <summary>A generation's ranking.</summary>
/// <param name="Order">Indices into the population, best first.</param>
/// <param name="RankedBy">What ranked it, as written to the metrics' <c>rankedBy</c> column (e.g. "connections", "max").</param>
public sealed record RankedGeneration(int[] Order, string RankedBy);
