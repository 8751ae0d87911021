using Wann.Core.Evolution;
using Wann.Tuning;

namespace Wann.Studies;

/// <summary>
/// A study: arms (each a config), the seeds every arm runs with, how champions are assessed and what counts
/// as success. Every (arm, seed) is an ordinary run folder, so any run can be resumed, viewed or served.
/// </summary>
/// <param name="Name">The study's name.</param>
/// <param name="File">The suite file (for messages).</param>
/// <param name="Configs">Each arm's resolved config (seed not yet set), in arm order.</param>
/// <param name="Seeds">The seeds, in order.</param>
/// <param name="Episodes">Fresh assessment episodes per champion and mode.</param>
/// <param name="AssessmentSeed">The seed of the assessment episodes (the same for every run, so arms are compared on the same episodes).</param>
/// <param name="Success">Thresholds per metric name (e.g. <c>randomShared</c>): a run succeeds on a metric at or above it.</param>
/// <param name="Published">Published values per metric name, shown beside ours in the report.</param>
/// <param name="Tune">When set, every champion's individual weights are tuned with these settings (the seed is the run's
/// unless the suite gives one) and scored as the <c>tunedWeights</c> metric, Table 1's fourth column.</param>
/// <param name="Classification">Whether the arms run a classification task (MNIST): champions are assessed on test accuracy
/// (<see cref="StudySuiteLoader.ClassificationMetrics"/>) instead of episodes.</param>
public sealed record StudySuite(
    string Name,
    string File,
    IReadOnlyList<(string Arm, ExperimentConfig Config)> Configs,
    IReadOnlyList<ulong> Seeds,
    int Episodes,
    ulong AssessmentSeed,
    IReadOnlyDictionary<string, double> Success,
    IReadOnlyDictionary<string, double> Published,
    TuneSettings? Tune = null,
    bool Classification = false)
{
    /// <summary>Gets the metrics this study records: <see cref="StudySuiteLoader.Metrics"/>, with <c>tunedWeights</c> after
    /// <c>tunedShared</c> when the study tunes (Table 1's column order).</summary>
    public IReadOnlyList<string> Metrics => Classification
        ? StudySuiteLoader.ClassificationMetrics
        : Tune is null
        ? StudySuiteLoader.Metrics
        : [.. StudySuiteLoader.Metrics.SelectMany(m => m == "tunedShared" ? new[] { m, StudySuiteLoader.TunedWeights } : [m])];
}
