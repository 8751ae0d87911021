namespace Wann.Core.Reproduction;

/// <summary>How the next generation is drawn from a ranked population (the reference's <c>recombine</c>).</summary>
/// <param name="CullRatio">Fraction of worst-ranked genomes that may not be parents.</param>
/// <param name="EliteRatio">Fraction of the remaining pool copied unchanged.</param>
/// <param name="TournamentSize">Genomes drawn (with replacement) per tournament.</param>
public sealed record SelectionSettings(double CullRatio, double EliteRatio, int TournamentSize);
