namespace Wann.Core.Evaluation;

/// <summary>The result of evaluating one genome.</summary>
/// <param name="Mean">Mean score over every weight value and episode: the WANN fitness.</param>
/// <param name="Max">Best per-weight mean score: the WANN max fitness.</param>
/// <param name="PerWeightMean">Mean score for each weight value, in the request's order (one entry in own-weights mode).</param>
/// <param name="Connections">Enabled connection count (the complexity objective).</param>
/// <param name="Episodes">Number of episodes run.</param>
public sealed record GenomeFitness(double Mean, double Max, IReadOnlyList<double> PerWeightMean, int Connections, int Episodes);
