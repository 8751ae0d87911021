namespace Wann.Statistics;

/// <summary>A proportion of successful runs with its Wilson score confidence interval.</summary>
/// <param name="Successes">Number of successes.</param>
/// <param name="Trials">Number of trials.</param>
/// <param name="Rate">Observed proportion, successes / trials.</param>
/// <param name="Interval">Wilson score interval (Wilson 1927; Newcombe 1998 method 3, no continuity correction).</param>
public sealed record SuccessRate(int Successes, int Trials, double Rate, ConfidenceInterval Interval)
{
    /// <summary>The two-sided 95% normal quantile, z such that P(|Z| &lt; z) = 0.95.</summary>
    public const double Z95 = 1.959963984540054;

    /// <summary>Rate and Wilson score interval of <paramref name="successes"/> out of <paramref name="n"/>.</summary>
    /// <param name="successes">Number of successes, 0..n.</param>
    /// <param name="n">Number of trials, at least 1.</param>
    /// <param name="z">Normal quantile of the confidence level (default 95%).</param>
    /// <exception cref="ArgumentException">n is below 1, successes is outside 0..n, or z is not positive.</exception>
    public static SuccessRate Wilson(int successes, int n, double z = Z95)
    {
        if (n < 1)
        {
            throw new ArgumentException($"'{nameof(n)}' is {n}; expected at least 1 trial.", nameof(n));
        }

        if (successes < 0 || successes > n)
        {
            throw new ArgumentException($"'{nameof(successes)}' is {successes}; expected 0..{n}.", nameof(successes));
        }

        if (!(z > 0) || !double.IsFinite(z))
        {
            throw new ArgumentException($"'{nameof(z)}' is {z}; expected a positive normal quantile.", nameof(z));
        }

        double p = (double)successes / n;
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double halfWidth = z / denominator * Math.Sqrt(p * (1 - p) / n + z2 / (4.0 * n * n));

        // At p = 0 or 1 one bound is exactly 0 or 1 algebraically; clamp the rounding.
        double lower = successes == 0 ? 0 : Math.Max(0, centre - halfWidth);
        double upper = successes == n ? 1 : Math.Min(1, centre + halfWidth);
        return new SuccessRate(successes, n, p, new ConfidenceInterval(lower, upper));
    }
}
