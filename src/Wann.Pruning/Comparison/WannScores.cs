namespace Wann.Pruning.Comparison;

/// <summary>A WANN champion's test accuracies, as the comparison reports them (the WANN paper's MNIST table).</summary>
/// <param name="Connections">Its number of enabled connections.</param>
/// <param name="RandomSharedMean">Mean accuracy over random shared weights.</param>
/// <param name="RandomSharedSd">Standard deviation of that accuracy.</param>
/// <param name="Ensemble">Accuracy of the ensemble over the weight set.</param>
/// <param name="TunedWeight">The best single shared weight.</param>
/// <param name="Tuned">Accuracy at that weight.</param>
public sealed record WannScores(int Connections, double RandomSharedMean, double RandomSharedSd, double Ensemble, double TunedWeight, double Tuned);
