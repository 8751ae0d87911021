using MathNet.Numerics.Distributions;

namespace Wann.Statistics.Tests;

public class MannWhitneyTests
{
    // Hollander & Wolfe (1973), Nonparametric Statistical Methods, p. 69f, as reproduced in R's
    // ?wilcox.test example: wilcox.test(x, y, alternative = "g") gives W = 35, p-value = 0.1272
    // (exact, no ties). The two-sided p is twice the one-sided tail: 0.2544.
    private static readonly double[] HollanderX = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
    private static readonly double[] HollanderY = [1.15, 0.88, 0.90, 0.74, 1.21];

    [Fact]
    public void HollanderWolfeExampleMatchesPublishedStatisticAndExactP()
    {
        MannWhitneyResult r = MannWhitney.Test(HollanderX, HollanderY);

        Assert.Equal(35, r.UX);
        Assert.Equal(15, r.UY);
        Assert.Equal(15, r.U);
        Assert.True(r.IsExact);
        Assert.Equal(2 * 0.1272, r.PValue, 4);
        Assert.Equal(0.7, r.A12, 12);
        Assert.Equal(EffectMagnitude.Medium, r.Magnitude);
    }

    [Fact]
    public void SwappingSamplesKeepsPAndMirrorsEffect()
    {
        MannWhitneyResult forward = MannWhitney.Test(HollanderX, HollanderY);
        MannWhitneyResult backward = MannWhitney.Test(HollanderY, HollanderX);

        Assert.Equal(forward.PValue, backward.PValue, 12);
        Assert.Equal(1 - forward.A12, backward.A12, 12);
        Assert.Equal(-forward.Z, backward.Z, 12);
    }

    // Wikipedia, "Mann-Whitney U test", section "Illustration of calculation methods": six tortoises (T) and
    // six hares (H) finish in the order T H H H H H T T T T T H; U_T = 11 and U_H = 25. Scores here are
    // 13 - finishing place, so a larger score beats a smaller one. The article notes the result is not
    // significant; the exact two-sided p is 2 * 143 / 924 (143 of the C(12,6) = 924 orderings have U <= 11).
    [Fact]
    public void TortoiseAndHareExampleGivesWikipediaU()
    {
        double[] tortoises = [12, 6, 5, 4, 3, 2];
        double[] hares = [11, 10, 9, 8, 7, 1];

        MannWhitneyResult r = MannWhitney.Test(tortoises, hares);

        Assert.Equal(11, r.UX);
        Assert.Equal(25, r.UY);
        Assert.Equal(11, r.U);
        Assert.True(r.IsExact);
        Assert.Equal(2 * 143 / 924.0, r.PValue, 12);
    }

    [Fact]
    public void ExactNullCountsMatchBruteForceEnumeration()
    {
        const int n1 = 4;
        const int n2 = 5;
        double[] counts = MannWhitney.NullCounts(n1, n2);
        double[] expected = new double[n1 * n2 + 1];

        // Every choice of the x positions among the n1 + n2 ranks is equally likely under H0;
        // U of x = rank sum of x - n1 (n1 + 1) / 2.
        for (int mask = 0; mask < 1 << (n1 + n2); mask++)
        {
            if (System.Numerics.BitOperations.PopCount((uint)mask) != n1)
            {
                continue;
            }

            int rankSum = 0;
            for (int bit = 0; bit < n1 + n2; bit++)
            {
                if ((mask & (1 << bit)) != 0)
                {
                    rankSum += bit + 1;
                }
            }

            expected[rankSum - n1 * (n1 + 1) / 2]++;
        }

        Assert.Equal(expected, counts);
        Assert.Equal(126, counts.Sum()); // C(9, 4)
    }

    [Fact]
    public void ExactNullHasTheTheoreticalMeanAndVariance()
    {
        const int n1 = 12;
        const int n2 = 17;
        double[] counts = MannWhitney.NullCounts(n1, n2);
        double total = counts.Sum();
        double mean = 0;
        double second = 0;
        for (int u = 0; u < counts.Length; u++)
        {
            mean += u * counts[u] / total;
            second += (double)u * u * counts[u] / total;
        }

        Assert.Equal(n1 * n2 / 2.0, mean, 9);
        Assert.Equal(n1 * n2 * (n1 + n2 + 1) / 12.0, second - mean * mean, 6);
    }

    [Fact]
    public void TiedSamplesUseTieCorrectedNormalApproximation()
    {
        // Hand computation: pooled ranks of {1,2,2,3,4} vs {2,3,5,6}: 1 | 3,3,3 | 5.5,5.5 | 7 | 8 | 9.
        // R_x = 1 + 3 + 3 + 5.5 + 7 = 19.5, U_x = 19.5 - 15 = 4.5. Tie groups of 3 and 2: sum(t^3 - t) = 30.
        // Var = 4*5/12 * (10 - 30 / 72) = 15.972..., z = -(10 - 4.5 - 0.5) / sqrt(Var).
        double[] x = [1, 2, 2, 3, 4];
        double[] y = [2, 3, 5, 6];

        MannWhitneyResult r = MannWhitney.Test(x, y);

        double variance = 20.0 / 12 * (10 - 30.0 / 72);
        double z = -5 / Math.Sqrt(variance);
        Assert.False(r.IsExact);
        Assert.Equal(4.5, r.UX);
        Assert.Equal(z, r.Z, 12);
        Assert.Equal(2 * Normal.CDF(0, 1, z), r.PValue, 12);
        Assert.Equal(0.225, r.A12, 12);
    }

    [Fact]
    public void LargeUntiedSamplesAgreeWithNormalApproximation()
    {
        // n1 = n2 = 40 is below the exact limit; its exact p must be close to the normal approximation.
        double[] x = Enumerable.Range(0, 40).Select(i => 2.0 * i + (i % 3 == 0 ? 1.5 : 0)).ToArray();
        double[] y = Enumerable.Range(0, 40).Select(i => 2.0 * i + 7.25).ToArray();

        MannWhitneyResult r = MannWhitney.Test(x, y);

        Assert.True(r.IsExact);
        Assert.Equal(2 * Normal.CDF(0, 1, -Math.Abs(r.Z)), r.PValue, 2);
        Assert.InRange(r.PValue, 0.05, 0.95);
    }

    [Fact]
    public void SamplesAtTheExactLimitUseTheApproximation()
    {
        double[] x = Enumerable.Range(0, MannWhitney.ExactLimit).Select(i => (double)i).ToArray();
        double[] y = Enumerable.Range(0, 10).Select(i => i + 0.5).ToArray();

        Assert.False(MannWhitney.Test(x, y).IsExact);
    }

    [Fact]
    public void AllValuesTiedGivePOfOne()
    {
        MannWhitneyResult r = MannWhitney.Test([3, 3, 3], [3, 3]);

        Assert.Equal(1, r.PValue);
        Assert.Equal(0.5, r.A12);
        Assert.Equal(EffectMagnitude.Negligible, r.Magnitude);
    }

    [Fact]
    public void BadInputNamesTheSample()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => MannWhitney.Test([1, 2], []));
        Assert.Contains("'y'", empty.Message, StringComparison.Ordinal);
        ArgumentException nan = Assert.Throws<ArgumentException>(() => MannWhitney.Test([1, double.NaN], [2]));
        Assert.Contains("'x' value [1]", nan.Message, StringComparison.Ordinal);
    }
}
