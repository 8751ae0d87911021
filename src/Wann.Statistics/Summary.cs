using MathNet.Numerics.Statistics;

namespace Wann.Statistics;

/// <summary>
/// Descriptive statistics of one sample (one arm's metric over its seeds), with seeded bootstrap 95%
/// percentile confidence intervals of the mean and the median.
/// </summary>
/// <remarks>
/// Quartiles use Hyndman &amp; Fan definition 7 (linear interpolation; the default of R's quantile() and
/// NumPy), so the numbers can be re-checked there. The bootstrap is deterministic: the same values, seed
/// and resample count always give the same intervals.
/// </remarks>
public sealed record Summary
{
    /// <summary>Confidence level of the bootstrap intervals.</summary>
    public const double ConfidenceLevel = 0.95;

    /// <summary>Number of values.</summary>
    public required int Count { get; init; }

    /// <summary>Arithmetic mean.</summary>
    public required double Mean { get; init; }

    /// <summary>Sample standard deviation (n - 1 denominator); NaN when there is a single value.</summary>
    public required double StandardDeviation { get; init; }

    /// <summary>Median.</summary>
    public required double Median { get; init; }

    /// <summary>First quartile (25th percentile, Hyndman &amp; Fan type 7).</summary>
    public required double LowerQuartile { get; init; }

    /// <summary>Third quartile (75th percentile, Hyndman &amp; Fan type 7).</summary>
    public required double UpperQuartile { get; init; }

    /// <summary>Smallest value.</summary>
    public required double Minimum { get; init; }

    /// <summary>Largest value.</summary>
    public required double Maximum { get; init; }

    /// <summary>Bootstrap 95% percentile confidence interval of the mean.</summary>
    public required ConfidenceInterval MeanInterval { get; init; }

    /// <summary>Bootstrap 95% percentile confidence interval of the median.</summary>
    public required ConfidenceInterval MedianInterval { get; init; }

    /// <summary>Number of bootstrap resamples behind the intervals.</summary>
    public required int Resamples { get; init; }

    /// <summary>Seed of the bootstrap resampling stream.</summary>
    public required ulong Seed { get; init; }

    /// <summary>Summarises <paramref name="values"/>.</summary>
    /// <param name="values">The sample; at least one finite value.</param>
    /// <param name="seed">Seed of the bootstrap stream (derive it from the study seed for reproducibility).</param>
    /// <param name="resamples">Number of bootstrap resamples; at least 1.</param>
    /// <exception cref="ArgumentException">The sample is empty or holds a non-finite value, or
    /// <paramref name="resamples"/> is below 1.</exception>
    public static Summary Of(IReadOnlyList<double> values, ulong seed, int resamples = 10_000)
    {
        SampleGuard.RequireFinite(values, nameof(values));
        if (resamples < 1)
        {
            throw new ArgumentException($"'{nameof(resamples)}' is {resamples}; expected at least 1.", nameof(resamples));
        }

        double[] sorted = [.. values];
        Array.Sort(sorted);
        (ConfidenceInterval meanCi, ConfidenceInterval medianCi) = Bootstrap(sorted, seed, resamples);

        return new Summary
        {
            Count = sorted.Length,
            Mean = ArrayStatistics.Mean(sorted),
            StandardDeviation = ArrayStatistics.StandardDeviation(sorted),
            Median = SortedArrayStatistics.Median(sorted),
            LowerQuartile = SortedArrayStatistics.QuantileCustom(sorted, 0.25, QuantileDefinition.R7),
            UpperQuartile = SortedArrayStatistics.QuantileCustom(sorted, 0.75, QuantileDefinition.R7),
            Minimum = sorted[0],
            Maximum = sorted[^1],
            MeanInterval = meanCi,
            MedianInterval = medianCi,
            Resamples = resamples,
            Seed = seed,
        };
    }

    /// <summary>Percentile bootstrap: resample with replacement, then take the 2.5% and 97.5% quantiles.</summary>
    private static (ConfidenceInterval Mean, ConfidenceInterval Median) Bootstrap(double[] sample, ulong seed, int resamples)
    {
        var random = new SplitMix64(seed);
        int n = sample.Length;
        double[] resample = new double[n];
        double[] means = new double[resamples];
        double[] medians = new double[resamples];
        for (int b = 0; b < resamples; b++)
        {
            for (int i = 0; i < n; i++)
            {
                resample[i] = sample[random.NextIndex(n)];
            }

            means[b] = ArrayStatistics.Mean(resample);
            medians[b] = ArrayStatistics.MedianInplace(resample);
        }

        return (Percentiles(means), Percentiles(medians));
    }

    private static ConfidenceInterval Percentiles(double[] statistics)
    {
        Array.Sort(statistics);
        double tail = (1 - ConfidenceLevel) / 2;
        return new ConfidenceInterval(
            SortedArrayStatistics.QuantileCustom(statistics, tail, QuantileDefinition.R7),
            SortedArrayStatistics.QuantileCustom(statistics, 1 - tail, QuantileDefinition.R7));
    }
}
