namespace Wann.Statistics;

/// <summary>
/// The Vargha-Delaney A12 measure of stochastic superiority (Vargha &amp; Delaney 2000,
/// J. Educational and Behavioral Statistics 25(2):101-132): A12 = P(X &gt; Y) + 0.5 P(X = Y).
/// </summary>
public static class VarghaDelaney
{
    /// <summary>Lower bound of a small effect (A12 &gt;= 0.56, or by symmetry &lt;= 0.44).</summary>
    public const double SmallThreshold = 0.56;

    /// <summary>Lower bound of a medium effect (A12 &gt;= 0.64, or &lt;= 0.36).</summary>
    public const double MediumThreshold = 0.64;

    /// <summary>Lower bound of a large effect (A12 &gt;= 0.71, or &lt;= 0.29).</summary>
    public const double LargeThreshold = 0.71;

    /// <summary>A12 of <paramref name="x"/> over <paramref name="y"/>: the share of pairs where x wins, ties counting half.</summary>
    /// <param name="x">First sample; at least one finite value.</param>
    /// <param name="y">Second sample; at least one finite value.</param>
    /// <returns>A value in [0, 1]; 0.5 means no tendency either way.</returns>
    public static double A12(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        SampleGuard.RequireFinite(x, nameof(x));
        SampleGuard.RequireFinite(y, nameof(y));
        double wins = 0;
        for (int i = 0; i < x.Count; i++)
        {
            for (int j = 0; j < y.Count; j++)
            {
                wins += x[i] > y[j] ? 1 : x[i] == y[j] ? 0.5 : 0;
            }
        }

        return wins / ((double)x.Count * y.Count);
    }

    /// <summary>The conventional label of an A12 value; symmetric about 0.5, so A12 and 1 - A12 get the same label.</summary>
    /// <param name="a12">An A12 value in [0, 1].</param>
    public static EffectMagnitude Magnitude(double a12)
    {
        if (!(a12 >= 0 && a12 <= 1))
        {
            throw new ArgumentException($"A12 is {a12}; expected a number in [0, 1].", nameof(a12));
        }

        // Compare on the upper side; rounding 1 - a12 could misplace values sitting on a threshold.
        double distance = Math.Abs(a12 - 0.5);
        const double Tolerance = 1e-12;
        return distance + Tolerance >= LargeThreshold - 0.5 ? EffectMagnitude.Large
            : distance + Tolerance >= MediumThreshold - 0.5 ? EffectMagnitude.Medium
            : distance + Tolerance >= SmallThreshold - 0.5 ? EffectMagnitude.Small
            : EffectMagnitude.Negligible;
    }
}
