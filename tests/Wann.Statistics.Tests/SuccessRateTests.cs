namespace Wann.Statistics.Tests;

public class SuccessRateTests
{
    // Newcombe (1998), "Two-sided confidence intervals for the single proportion: comparison of seven
    // methods", Statistics in Medicine 17:857-872, Table II, method 3 (Wilson score, no continuity
    // correction), 95% intervals to four decimals.
    [Theory]
    [InlineData(81, 263, 0.2553, 0.3662)]
    [InlineData(15, 148, 0.0624, 0.1605)]
    [InlineData(0, 20, 0.0000, 0.1611)]
    [InlineData(1, 29, 0.0061, 0.1718)]
    public void MatchesNewcombeTableII(int successes, int n, double lower, double upper)
    {
        SuccessRate r = SuccessRate.Wilson(successes, n);

        Assert.Equal((double)successes / n, r.Rate, 15);
        Assert.Equal(lower, r.Interval.Lower, 4);
        Assert.Equal(upper, r.Interval.Upper, 4);
    }

    [Fact]
    public void AllSuccessesMirrorNoSuccesses()
    {
        SuccessRate none = SuccessRate.Wilson(0, 20);
        SuccessRate all = SuccessRate.Wilson(20, 20);

        Assert.Equal(1, all.Interval.Upper);
        Assert.Equal(1 - none.Interval.Upper, all.Interval.Lower, 12);
    }

    [Fact]
    public void WiderConfidenceGivesWiderInterval()
    {
        // z = 2.5758 is the 99% two-sided quantile.
        SuccessRate at95 = SuccessRate.Wilson(3, 10);
        SuccessRate at99 = SuccessRate.Wilson(3, 10, 2.5758293035489004);

        Assert.True(at99.Interval.Lower < at95.Interval.Lower);
        Assert.True(at99.Interval.Upper > at95.Interval.Upper);
    }

    [Fact]
    public void ImpossibleCountsAreRejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => SuccessRate.Wilson(11, 10));
        Assert.Contains("expected 0..10", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => SuccessRate.Wilson(0, 0));
    }
}
