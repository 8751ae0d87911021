using Wann.Core.Evolution;

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
public sealed record StudySuite(
    string Name,
    string File,
    IReadOnlyList<(string Arm, ExperimentConfig Config)> Configs,
    IReadOnlyList<ulong> Seeds,
    int Episodes,
    ulong AssessmentSeed,
    IReadOnlyDictionary<string, double> Success,
    IReadOnlyDictionary<string, double> Published);
