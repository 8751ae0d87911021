using MathNet.Numerics.Distributions;

namespace Wann.Statistics.Tests;

public class WilcoxonSignedRankTests
{
    // Hollander & Wolfe (1973), p. 29f, as reproduced in R's ?wilcox.test example (depression scale
    // at first and second visit): wilcox.test(x, y, paired = TRUE, alternative = "greater") gives
    // V = 40, p-value = 0.01953 (exact: 10 / 512). The two-sided p is 20 / 512 = 0.0390625.
    [Fact]
    public void HollanderWolfeDepressionExampleMatchesPublishedValues()
    {
        double[] x = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
        double[] y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

        WilcoxonResult r = WilcoxonSignedRank.Test(x, y);

        Assert.Equal(9, r.N);
        Assert.Equal(40, r.WPlus);
        Assert.Equal(5, r.WMinus);
        Assert.Equal(5, r.W);
        Assert.True(r.IsExact);
        Assert.Equal(20 / 512.0, r.PValue, 12);
        Assert.Equal(0.01953, r.PValue / 2, 5);
    }

    // Wikipedia, "Wilcoxon signed-rank test", worked example (10 pairs, revisions of 2010-2020):
    // one zero difference is dropped (N_r = 9), the two |differences| of 5 share rank 1.5, and the
    // signed-rank sum is W = 9, i.e. W+ = 27 and W- = 18; not significant. With the tie, the p-value comes
    // from the normal approximation: mean 22.5, variance 9*10*19/24 - (2^3 - 2)/48 = 71.125,
    // z = (27 - 22.5 - 0.5) / sqrt(71.125) = 0.47430, two-sided p = 0.63529.
    [Fact]
    public void WikipediaExampleDropsZeroAndUsesTieCorrectedApproximation()
    {
        double[] after = [125, 115, 130, 140, 140, 115, 140, 125, 140, 135];
        double[] before = [110, 122, 125, 120, 140, 124, 123, 137, 135, 145];

        WilcoxonResult r = WilcoxonSignedRank.Test(after, before);

        Assert.Equal(9, r.N);
        Assert.Equal(1, r.ZeroDifferences);
        Assert.Equal(27, r.WPlus);
        Assert.Equal(18, r.WMinus);
        Assert.Equal(9, r.WPlus - r.WMinus);
        Assert.False(r.IsExact);
        Assert.Equal(0.47430, r.Z, 5);
        Assert.Equal(0.63529, r.PValue, 5);
        Assert.Equal(2 * Normal.CDF(0, 1, -r.Z), r.PValue, 12);
    }

    [Fact]
    public void ExactNullCountsMatchBruteForceEnumeration()
    {
        const int n = 8;
        double[] counts = WilcoxonSignedRank.NullCounts(n);
        double[] expected = new double[n * (n + 1) / 2 + 1];
        for (int signs = 0; signs < 1 << n; signs++)
        {
            int sum = 0;
            for (int rank = 1; rank <= n; rank++)
            {
                if ((signs & (1 << (rank - 1))) != 0)
                {
                    sum += rank;
                }
            }

            expected[sum]++;
        }

        Assert.Equal(expected, counts);
    }

    [Fact]
    public void ExactTailMatchesCriticalValueTable()
    {
        // Standard critical-value tables (e.g. Siegel 1956, Table G): for n = 10 the two-sided 5% critical
        // T is 8, because P(W <= 8) = 25/1024 = 0.0244 while P(W <= 9) = 33/1024 = 0.0322.
        double[] counts = WilcoxonSignedRank.NullCounts(10);
        Assert.Equal(25, counts.Take(9).Sum());
        Assert.Equal(33, counts.Take(10).Sum());
    }

    [Fact]
    public void AllPairsEqualGivePOfOne()
    {
        WilcoxonResult r = WilcoxonSignedRank.Test([1, 2, 3], [1, 2, 3]);

        Assert.Equal(0, r.N);
        Assert.Equal(3, r.ZeroDifferences);
        Assert.Equal(1, r.PValue);
    }

    [Fact]
    public void MismatchedLengthsAreRejectedWithBothCounts()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => WilcoxonSignedRank.Test([1, 2, 3], [1, 2]));
        Assert.Contains("x has 3 values, y has 2", e.Message, StringComparison.Ordinal);
    }
}
