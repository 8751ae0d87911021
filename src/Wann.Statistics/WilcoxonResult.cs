namespace Wann.Statistics;

/// <summary>Outcome of a two-sided Wilcoxon signed-rank test on paired samples x and y.</summary>
/// <param name="N">Pairs used: those with a non-zero difference x - y.</param>
/// <param name="ZeroDifferences">Pairs dropped because x equals y.</param>
/// <param name="WPlus">Sum of the ranks of |x - y| over pairs where x &gt; y.</param>
/// <param name="WMinus">Sum of the ranks over pairs where x &lt; y. WPlus + WMinus = N (N + 1) / 2.</param>
/// <param name="W">The reported statistic, min(WPlus, WMinus).</param>
/// <param name="Z">Normal score of WPlus with tie and continuity correction (0 when N is 0); positive when
/// x tends to be larger. Given even when <paramref name="PValue"/> is exact.</param>
/// <param name="PValue">Two-sided p-value (1 when every pair ties).</param>
/// <param name="IsExact">True when <paramref name="PValue"/> comes from the exact null distribution.</param>
public sealed record WilcoxonResult(
    int N,
    int ZeroDifferences,
    double WPlus,
    double WMinus,
    double W,
    double Z,
    double PValue,
    bool IsExact);
