namespace Wann.Core.Evaluation;

/// <summary>How <see cref="ChampionAssessment"/> scores a genome.</summary>
/// <param name="Episodes">Evaluation episodes per mode (the paper: 100).</param>
/// <param name="Seed">Seed of the evaluation episodes (use one the search never saw).</param>
/// <param name="Weights">The weight set reported one by one.</param>
/// <param name="SweepPoints">Number of evenly spaced shared weights tried over [−2, 2] to tune the weight (0 itself is skipped).</param>
/// <param name="SweepEpisodes">Episodes per sweep point; the sweep uses its own episodes, so the tuned score is not a selection-biased maximum.</param>
/// <param name="OwnWeights">Whether to also score the genome's own weights.</param>
/// <param name="Threads">Degree of parallelism; 0 for all cores.</param>
public sealed record AssessmentSettings(
    int Episodes,
    ulong Seed,
    IReadOnlyList<double> Weights,
    int SweepPoints = 81,
    int SweepEpisodes = 20,
    bool OwnWeights = false,
    int Threads = 0);
