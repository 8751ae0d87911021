namespace Wann.Statistics;

/// <summary>Outcome of a two-sided Mann-Whitney U test of x against y, with the Vargha-Delaney effect size.</summary>
/// <param name="N1">Size of x.</param>
/// <param name="N2">Size of y.</param>
/// <param name="UX">U of x: pairs (x_i, y_j) with x_i &gt; y_j, ties counting half. UX + UY = N1 * N2.</param>
/// <param name="UY">U of y: pairs with y_j &gt; x_i, ties counting half.</param>
/// <param name="U">The reported statistic, min(UX, UY).</param>
/// <param name="Z">Normal score of UX with tie and continuity correction (0 when every value ties); positive
/// when x tends to be larger. Given even when <paramref name="PValue"/> is exact.</param>
/// <param name="PValue">Two-sided p-value.</param>
/// <param name="IsExact">True when <paramref name="PValue"/> comes from the exact null distribution.</param>
/// <param name="A12">Vargha-Delaney A12 = UX / (N1 N2), the probability that x beats y.</param>
/// <param name="Magnitude">Conventional label of <paramref name="A12"/>.</param>
public sealed record MannWhitneyResult(
    int N1,
    int N2,
    double UX,
    double UY,
    double U,
    double Z,
    double PValue,
    bool IsExact,
    double A12,
    EffectMagnitude Magnitude);
