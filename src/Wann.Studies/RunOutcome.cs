namespace Wann.Studies;

/// <summary>One finished run of a study: its champion and how the champion scores on the study's fresh episodes
/// (the WANN paper's Table 1 modes). One row of <c>runs.csv</c>.</summary>
/// <param name="Arm">The arm.</param>
/// <param name="Seed">The run seed.</param>
/// <param name="Generations">Generations run.</param>
/// <param name="Episodes">Episodes the search ran (validation included).</param>
/// <param name="ChampionValidated">The champion's validated mean from the search.</param>
/// <param name="Connections">The champion's enabled connections.</param>
/// <param name="RandomWeights">Mean score with random individual weights U(-2, 2) (NaN on a classification task, whose
/// assessment, like the paper's MNIST table, has no such row).</param>
/// <param name="RandomShared">Mean score with a random shared weight U(-2, 2) (test accuracy in % on a classification task).</param>
/// <param name="TunedShared">Mean score with the tuned shared weight (test accuracy in % on a classification task).</param>
/// <param name="TunedWeight">The tuned shared weight.</param>
/// <param name="TunedWeights">Mean score of the champion with its individual weights tuned (<c>wann tune</c>), on the same
/// episodes; <see langword="null"/> until the study tunes it.</param>
/// <param name="Ensemble">Test accuracy in % of the weight set's majority vote (classification tasks only).</param>
public sealed record RunOutcome(
    string Arm,
    ulong Seed,
    int Generations,
    long Episodes,
    double ChampionValidated,
    int Connections,
    double RandomWeights,
    double RandomShared,
    double TunedShared,
    double TunedWeight,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] double? TunedWeights = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)] double? Ensemble = null)
{
    /// <summary>Gets a metric by its study name (see <see cref="StudySuiteLoader.Metrics"/>).</summary>
    /// <param name="metric">The metric name.</param>
    /// <returns>The value.</returns>
    public double Metric(string metric) => metric switch
    {
        "randomWeights" => RandomWeights,
        "randomShared" => RandomShared,
        "tunedShared" => TunedShared,
        StudySuiteLoader.TunedWeights => TunedWeights ?? double.NaN,
        StudySuiteLoader.Ensemble => Ensemble ?? double.NaN,
        "championValidated" => ChampionValidated,
        "connections" => Connections,
        _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown study metric."),
    };
}
