using MathNet.Numerics.Distributions;

namespace Wann.Statistics;

/// <summary>
/// The Wilcoxon signed-rank test for paired samples (for example two arms run on the same seeds), two-sided.
/// </summary>
/// <remarks>
/// Zero differences are dropped (Wilcoxon's original method) and tied |differences| get average ranks.
/// Without ties among the remaining differences and with fewer than <see cref="ExactLimit"/> of them the
/// p-value is exact, from the null distribution of W+ counted by dynamic programming; otherwise it is the
/// normal approximation with the tie-corrected variance and a continuity correction. Unlike R's
/// wilcox.test, dropped zeros alone do not force the approximation: the null distribution of the remaining
/// signs is exact.
/// </remarks>
public static class WilcoxonSignedRank
{
    /// <summary>This many non-zero differences or more use the normal approximation.</summary>
    public const int ExactLimit = 50;

    /// <summary>Tests whether the differences x - y are symmetric about zero.</summary>
    /// <param name="x">First sample; finite values.</param>
    /// <param name="y">Second sample, paired with x by index; same length as x.</param>
    /// <exception cref="ArgumentException">A sample is empty, holds a non-finite value, or the lengths differ.</exception>
    public static WilcoxonResult Test(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        SampleGuard.RequireFinite(x, nameof(x));
        SampleGuard.RequireFinite(y, nameof(y));
        if (x.Count != y.Count)
        {
            throw new ArgumentException(
                $"Paired samples differ in length: x has {x.Count} values, y has {y.Count}; expected one y per x.", nameof(y));
        }

        var magnitudes = new List<double>(x.Count);
        var positive = new List<bool>(x.Count);
        for (int i = 0; i < x.Count; i++)
        {
            double d = x[i] - y[i];
            if (d != 0)
            {
                magnitudes.Add(Math.Abs(d));
                positive.Add(d > 0);
            }
        }

        int n = magnitudes.Count;
        int zeros = x.Count - n;
        if (n == 0)
        {
            return new WilcoxonResult(0, zeros, 0, 0, 0, 0, 1, true);
        }

        double[] ranks = Ranks.Average(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(magnitudes), out double tieTerm);
        double wPlus = 0;
        for (int i = 0; i < n; i++)
        {
            if (positive[i])
            {
                wPlus += ranks[i];
            }
        }

        double wMinus = n * (n + 1) / 2.0 - wPlus;
        double w = Math.Min(wPlus, wMinus);
        double z = NormalScore(wPlus, n, tieTerm);
        bool exact = tieTerm == 0 && n < ExactLimit;
        double p = exact ? ExactTwoSided(n, w) : 2 * Normal.CDF(0, 1, -Math.Abs(z));
        return new WilcoxonResult(n, zeros, wPlus, wMinus, w, z, Math.Min(1, p), exact);
    }

    /// <summary>z of W+ under H0 with the tie-corrected variance and a 0.5 continuity correction toward the mean.</summary>
    private static double NormalScore(double wPlus, int n, double tieTerm)
    {
        double mean = n * (n + 1) / 4.0;
        double variance = n * (n + 1) * (2.0 * n + 1) / 24 - tieTerm / 48;
        if (!(variance > 0))
        {
            return 0;
        }

        double deviation = wPlus - mean;
        double corrected = Math.Sign(deviation) * Math.Max(0, Math.Abs(deviation) - 0.5);
        return corrected / Math.Sqrt(variance);
    }

    /// <summary>2 P(W+ &lt;= w) under H0 for w at most the mean.</summary>
    private static double ExactTwoSided(int n, double w)
    {
        double[] counts = NullCounts(n);
        double tail = 0;
        int limit = (int)Math.Floor(w);
        for (int s = 0; s <= limit; s++)
        {
            tail += counts[s];
        }

        return 2 * tail / Math.Pow(2, n);
    }

    /// <summary>counts[s] = number of subsets of the ranks {1..n} summing to s (each sign pattern equally likely under H0).</summary>
    internal static double[] NullCounts(int n)
    {
        int maxSum = n * (n + 1) / 2;
        double[] counts = new double[maxSum + 1];
        counts[0] = 1;
        int reached = 0;
        for (int rank = 1; rank <= n; rank++)
        {
            reached += rank;
            for (int s = reached; s >= rank; s--)
            {
                counts[s] += counts[s - rank];
            }
        }

        return counts;
    }
}
