namespace Wann.Core.Evaluation;

/// <summary>A genome scored the ways Table 1 of the WANN paper scores its champions.</summary>
/// <param name="Connections">Enabled connections.</param>
/// <param name="RandomWeights">Every connection its own weight drawn from U(−2, 2), fresh per episode.</param>
/// <param name="RandomShared">One shared weight drawn from U(−2, 2) per episode.</param>
/// <param name="TunedWeight">The shared weight chosen by the sweep.</param>
/// <param name="TunedShared">Scores with the tuned shared weight on the evaluation episodes.</param>
/// <param name="PerWeight">Scores for each weight of the set, in order.</param>
/// <param name="OwnWeights">Scores with the genome's own weights, when asked for.</param>
public sealed record AssessmentReport(
    int Connections,
    ScoreSummary RandomWeights,
    ScoreSummary RandomShared,
    double TunedWeight,
    ScoreSummary TunedShared,
    IReadOnlyList<KeyValuePair<double, ScoreSummary>> PerWeight,
    ScoreSummary? OwnWeights);
