namespace Wann.Core.Evaluation;

/// <summary>Test-set accuracies of a genome on a classification task, in the rows of the WANN paper's MNIST table.</summary>
/// <param name="Connections">Enabled connections.</param>
/// <param name="TestImages">Number of test images each accuracy is measured on.</param>
/// <param name="RandomShared">Accuracy with a shared weight drawn from U(−2, 2), over the draws (mean and sd).</param>
/// <param name="Ensemble">Accuracy of the majority vote of the weight set's instances (ties go to the lowest digit).</param>
/// <param name="TunedWeight">The shared weight with the best training accuracy over the sweep.</param>
/// <param name="Tuned">Test accuracy at <paramref name="TunedWeight"/>.</param>
/// <param name="PerWeight">Test accuracy at each weight of the set.</param>
/// <param name="OwnWeights">Test accuracy with the genome's own weights, when asked for.</param>
public sealed record ClassificationReport(
    int Connections,
    int TestImages,
    ScoreSummary RandomShared,
    double Ensemble,
    double TunedWeight,
    double Tuned,
    IReadOnlyList<(double Weight, double Accuracy)> PerWeight,
    double? OwnWeights);
