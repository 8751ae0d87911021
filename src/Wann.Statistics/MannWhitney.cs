using MathNet.Numerics.Distributions;

namespace Wann.Statistics;

/// <summary>
/// The Mann-Whitney U (Wilcoxon rank-sum) test for two independent samples, two-sided.
/// </summary>
/// <remarks>
/// Without ties and with both samples smaller than <see cref="ExactLimit"/> the p-value is exact, from the
/// null distribution of U counted by dynamic programming; otherwise it is the normal approximation with the
/// tie-corrected variance and a continuity correction (the same rule as R's wilcox.test).
/// </remarks>
public static class MannWhitney
{
    /// <summary>Samples of this size or larger use the normal approximation.</summary>
    public const int ExactLimit = 50;

    /// <summary>Tests whether x and y come from the same distribution, against a shift either way.</summary>
    /// <param name="x">First sample; at least one finite value.</param>
    /// <param name="y">Second sample; at least one finite value.</param>
    /// <exception cref="ArgumentException">A sample is empty or holds a non-finite value.</exception>
    public static MannWhitneyResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        SampleGuard.RequireFinite(x, nameof(x));
        SampleGuard.RequireFinite(y, nameof(y));
        int n1 = x.Count;
        int n2 = y.Count;

        double[] pooled = new double[n1 + n2];
        for (int i = 0; i < n1; i++)
        {
            pooled[i] = x[i];
        }

        for (int j = 0; j < n2; j++)
        {
            pooled[n1 + j] = y[j];
        }

        double[] ranks = Ranks.Average(pooled, out double tieTerm);
        double rankSumX = 0;
        for (int i = 0; i < n1; i++)
        {
            rankSumX += ranks[i];
        }

        double pairs = (double)n1 * n2;
        double ux = rankSumX - n1 * (n1 + 1) / 2.0;
        double uy = pairs - ux;
        double u = Math.Min(ux, uy);

        double z = NormalScore(ux, n1, n2, tieTerm);
        bool exact = tieTerm == 0 && n1 < ExactLimit && n2 < ExactLimit;
        double p = exact ? ExactTwoSided(n1, n2, u) : 2 * Normal.CDF(0, 1, -Math.Abs(z));
        p = Math.Min(1, p);

        double a12 = ux / pairs;
        return new MannWhitneyResult(n1, n2, ux, uy, u, z, p, exact, a12, VarghaDelaney.Magnitude(a12));
    }

    /// <summary>z of U under H0 with the tie-corrected variance and a 0.5 continuity correction toward the mean.</summary>
    private static double NormalScore(double ux, int n1, int n2, double tieTerm)
    {
        double n = n1 + n2;
        double mean = n1 * (double)n2 / 2;
        double variance = n1 * (double)n2 / 12 * (n + 1 - tieTerm / (n * (n - 1)));
        if (!(variance > 0))
        {
            return 0; // Every value tied: no evidence either way.
        }

        double deviation = ux - mean;
        double corrected = Math.Sign(deviation) * Math.Max(0, Math.Abs(deviation) - 0.5);
        return corrected / Math.Sqrt(variance);
    }

    /// <summary>2 P(U &lt;= u) under H0 for u at most the mean, so the tail is the smaller one.</summary>
    private static double ExactTwoSided(int n1, int n2, double u)
    {
        double[] counts = NullCounts(n1, n2);
        double total = 0;
        double tail = 0;
        int limit = (int)Math.Floor(u);
        for (int k = 0; k < counts.Length; k++)
        {
            total += counts[k];
            if (k <= limit)
            {
                tail += counts[k];
            }
        }

        return 2 * tail / total;
    }

    /// <summary>
    /// counts[u] = number of orderings of n1 x's and n2 y's with U of x equal to u. Built by the last
    /// element of the pooled order: an x there beats all y's (U - n from n1 - 1), a y adds nothing.
    /// </summary>
    internal static double[] NullCounts(int n1, int n2)
    {
        int maxU = n1 * n2;
        // layer[m * (maxU + 1) + u] holds the count for (m x's, n y's), for the current n.
        int width = maxU + 1;
        double[] layer = new double[(n1 + 1) * width];
        for (int m = 0; m <= n1; m++)
        {
            layer[m * width] = 1; // With no y's U is 0.
        }

        for (int n = 1; n <= n2; n++)
        {
            // m ascending: layer[(m-1)] already holds the (m-1, n) counts, layer[m] still holds (m, n-1).
            for (int m = 1; m <= n1; m++)
            {
                int row = m * width;
                int previous = (m - 1) * width;
                for (int v = Math.Min(maxU, m * n); v >= n; v--)
                {
                    layer[row + v] += layer[previous + v - n];
                }
            }
        }

        return layer.AsSpan(n1 * width, width).ToArray();
    }
}
