using MathNet.Numerics.Distributions;
using MathNet.Numerics.Random;

namespace Wann.Statistics.Tests;

public class SummaryTests
{
    [Fact]
    public void DescriptiveValuesMatchTextbookFormulas()
    {
        // 1..10: mean 5.5, sample sd sqrt(55/6) = 3.02765, median 5.5; Hyndman & Fan type 7 quartiles
        // (R's quantile(1:10) default) are 3.25 and 7.75.
        double[] values = [7, 3, 10, 1, 5, 9, 2, 8, 4, 6];

        Summary s = Summary.Of(values, seed: 1, resamples: 2000);

        Assert.Equal(10, s.Count);
        Assert.Equal(5.5, s.Mean, 12);
        Assert.Equal(Math.Sqrt(55.0 / 6), s.StandardDeviation, 12);
        Assert.Equal(5.5, s.Median, 12);
        Assert.Equal(3.25, s.LowerQuartile, 12);
        Assert.Equal(7.75, s.UpperQuartile, 12);
        Assert.Equal(1, s.Minimum);
        Assert.Equal(10, s.Maximum);
        Assert.True(s.MeanInterval.Contains(s.Mean));
        Assert.True(s.MedianInterval.Contains(s.Median));
        Assert.InRange(s.MeanInterval.Lower, 3, 5.5);
        Assert.InRange(s.MeanInterval.Upper, 5.5, 8);
    }

    [Fact]
    public void BootstrapIsDeterministicInTheSeed()
    {
        double[] values = [0.3, 1.1, 2.5, 2.6, 4.0, 7.9, 8.8];

        Summary a = Summary.Of(values, seed: 42, resamples: 3000);
        Summary b = Summary.Of(values, seed: 42, resamples: 3000);
        Summary c = Summary.Of(values, seed: 43, resamples: 3000);

        Assert.Equal(a, b);
        Assert.NotEqual(a.MeanInterval, c.MeanInterval);
        Assert.Equal(a.Mean, c.Mean);
    }

    [Fact]
    public void InputOrderDoesNotChangeTheResult()
    {
        double[] values = [5, 1, 4, 2, 3, 9];
        double[] reversed = [.. values.Reverse()];

        Assert.Equal(Summary.Of(values, 7, 1000), Summary.Of(reversed, 7, 1000));
    }

    [Fact]
    public void MeanIntervalAgreesWithNormalTheoryForALargeSample()
    {
        // Cross-check against MathNet's normal distribution: for n = 400 draws the percentile bootstrap CI
        // of the mean is close to mean +- 1.96 sd / sqrt(n) (bootstrap uses the n denominator, a 0.1% difference).
        var source = new Mcg31m1(12345);
        double[] values = new double[400];
        Normal.Samples(source, values, 10, 2);

        Summary s = Summary.Of(values, seed: 3, resamples: 4000);
        double halfWidth = 1.959963984540054 * s.StandardDeviation / Math.Sqrt(values.Length);

        Assert.Equal(s.Mean - halfWidth, s.MeanInterval.Lower, 0.03);
        Assert.Equal(s.Mean + halfWidth, s.MeanInterval.Upper, 0.03);
        Assert.True(s.MedianInterval.Upper - s.MedianInterval.Lower > s.MeanInterval.Upper - s.MeanInterval.Lower,
            "the median is less efficient than the mean for normal data, so its interval is wider");
    }

    [Fact]
    public void SingleValueHasDegenerateIntervalsAndUndefinedSd()
    {
        Summary s = Summary.Of([4.5], seed: 0, resamples: 10);

        Assert.Equal(new ConfidenceInterval(4.5, 4.5), s.MeanInterval);
        Assert.Equal(new ConfidenceInterval(4.5, 4.5), s.MedianInterval);
        Assert.True(double.IsNaN(s.StandardDeviation));
    }

    [Fact]
    public void DefaultResampleCountIsFast()
    {
        double[] values = Enumerable.Range(0, 30).Select(i => Math.Sin(i) * 100).ToArray();

        Summary s = Summary.Of(values, seed: 9);

        Assert.Equal(10_000, s.Resamples);
        Assert.True(s.MeanInterval.Lower < s.MeanInterval.Upper);
    }

    [Fact]
    public void BadInputIsRejectedWithItsName()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => Summary.Of([], 1));
        Assert.Contains("'values' has 0 values", empty.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => Summary.Of([1, double.PositiveInfinity], 1));
        Assert.Throws<ArgumentException>(() => Summary.Of([1, 2], 1, resamples: 0));
    }
}
