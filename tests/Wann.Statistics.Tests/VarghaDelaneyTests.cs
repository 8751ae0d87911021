namespace Wann.Statistics.Tests;

public class VarghaDelaneyTests
{
    // Vargha & Delaney (2000), J. Educ. Behav. Stat. 25(2):101-132: A12 = P(X > Y) + 0.5 P(X = Y), with
    // the rank form A12 = (R1 / m - (m + 1) / 2) / n (their eq. 14), and the size guidelines 0.56 (small),
    // 0.64 (medium), 0.71 (large), symmetric about 0.5.
    [Fact]
    public void CountsWinsAndHalfTies()
    {
        double[] x = [1, 2, 2, 3, 4];
        double[] y = [2, 3, 5, 6];

        // Pairs won by x: 2 ties (0.5 each) for the two 2s against y = 2, 3 beats 2 and ties 3 (1.5),
        // 4 beats 2 and 3 (2): total 4.5 of 20.
        Assert.Equal(0.225, VarghaDelaney.A12(x, y), 12);
        Assert.Equal(0.775, VarghaDelaney.A12(y, x), 12);

        // Rank form with mid-ranks 1, 3, 3, 5.5, 7 for x (R1 = 19.5, m = 5, n = 4).
        Assert.Equal((19.5 / 5 - 3) / 4, VarghaDelaney.A12(x, y), 12);
    }

    [Fact]
    public void AgreesWithMannWhitneyU()
    {
        double[] x = [0.3, 1.9, 2.2, 5, 7.5, 7.5];
        double[] y = [0.1, 2.2, 3, 8];

        MannWhitneyResult r = MannWhitney.Test(x, y);

        Assert.Equal(r.UX / 24, VarghaDelaney.A12(x, y), 12);
        Assert.Equal(r.A12, VarghaDelaney.A12(x, y), 12);
    }

    [Theory]
    [InlineData(0.50, EffectMagnitude.Negligible)]
    [InlineData(0.5599, EffectMagnitude.Negligible)]
    [InlineData(0.4401, EffectMagnitude.Negligible)]
    [InlineData(0.56, EffectMagnitude.Small)]
    [InlineData(0.44, EffectMagnitude.Small)]
    [InlineData(0.6399, EffectMagnitude.Small)]
    [InlineData(0.64, EffectMagnitude.Medium)]
    [InlineData(0.36, EffectMagnitude.Medium)]
    [InlineData(0.7099, EffectMagnitude.Medium)]
    [InlineData(0.71, EffectMagnitude.Large)]
    [InlineData(0.29, EffectMagnitude.Large)]
    [InlineData(1.0, EffectMagnitude.Large)]
    [InlineData(0.0, EffectMagnitude.Large)]
    public void LabelsFollowTheGuidelines(double a12, EffectMagnitude expected)
    {
        Assert.Equal(expected, VarghaDelaney.Magnitude(a12));
    }

    [Fact]
    public void OutOfRangeA12IsRejected()
    {
        Assert.Throws<ArgumentException>(() => VarghaDelaney.Magnitude(1.2));
    }
}
