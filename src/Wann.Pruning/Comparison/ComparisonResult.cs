using Wann.Pruning.Studies;

namespace Wann.Pruning.Comparison;

/// <summary>Everything a comparison measured.</summary>
/// <param name="Name">The report's name.</param>
/// <param name="Wann">The WANN champions' accuracies.</param>
/// <param name="Matched">Pruning methods at the champions' connection counts.</param>
/// <param name="Curves">Pruning studies read from their points.csv files, each with its file.</param>
/// <param name="MatchedTotal">Prunable weights of the dense network the matched runs start from.</param>
public sealed record ComparisonResult(
    string Name,
    IReadOnlyList<WannEntry> Wann,
    IReadOnlyList<MatchedResult> Matched,
    IReadOnlyList<(string File, PruningPoint Point)> Curves,
    long MatchedTotal);
