namespace Wann.Pruning.Comparison;

/// <summary>A WANN champion's side of the comparison.</summary>
/// <param name="File">Its genome file.</param>
/// <param name="Report">Its test accuracies (random shared weight, ensemble, tuned weight).</param>
public sealed record WannEntry(string File, WannScores Report);
