using Wann.Pruning.Studies;
using Wann.Pruning.Training;

namespace Wann.Pruning.Comparison;

/// <summary>What <c>wann compare</c> puts side by side.</summary>
/// <param name="Name">The report's name.</param>
/// <param name="WannGenomes">Genome files of WANN champions on a classification task (their connection counts set the matched budgets).</param>
/// <param name="PruningResults">points.csv files written by <c>wann prune</c>, drawn as curves.</param>
/// <param name="MatchedMethods">Pruning methods trained at each champion's connection count (none: no matched runs).</param>
/// <param name="MatchedHidden">Hidden widths of the dense network the matched runs prune.</param>
/// <param name="MatchedTraining">Training of every matched network.</param>
/// <param name="MatchedRounds">Rounds the iterative methods take to reach the matched count (global rate 1 − (count/total)^(1/rounds)).</param>
/// <param name="Seed">Seed of the matched runs and of the WANN assessment.</param>
public sealed record ComparisonSettings(
    string Name,
    IReadOnlyList<string> WannGenomes,
    IReadOnlyList<string> PruningResults,
    IReadOnlyList<PruningMethod> MatchedMethods,
    IReadOnlyList<int> MatchedHidden,
    TrainingSettings MatchedTraining,
    int MatchedRounds,
    ulong Seed);
