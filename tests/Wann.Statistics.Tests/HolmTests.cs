namespace Wann.Statistics.Tests;

public class HolmTests
{
    // Wikipedia, "Holm-Bonferroni method", Example: four hypotheses with p = 0.01, 0.04, 0.03, 0.005 at
    // alpha = 0.05; H4 and H1 are rejected, H3 (0.03 > 0.05/2) and so H2 are not. Adjusted p-values by the
    // step-down formula: 4*0.005 = 0.02, 3*0.01 = 0.03, 2*0.03 = 0.06, max(1*0.04, 0.06) = 0.06.
    [Fact]
    public void WikipediaExample()
    {
        double[] adjusted = Holm.Adjust([0.01, 0.04, 0.03, 0.005]);

        Assert.Equal([0.03, 0.06, 0.06, 0.02], adjusted.Select(p => Math.Round(p, 12)));
        bool[] rejected = adjusted.Select(p => p <= 0.05).ToArray();
        Assert.Equal([true, false, false, true], rejected);
    }

    [Fact]
    public void CapsAtOneAndKeepsOrderMonotone()
    {
        double[] p = [0.5, 0.2, 0.9, 0.01];
        double[] adjusted = Holm.Adjust(p);

        // Sorted: 0.01*4 = 0.04, 0.2*3 = 0.6, 0.5*2 = 1.0, 0.9*1 -> max(0.9, 1.0) = 1.
        Assert.Equal([1.0, 0.6, 1.0, 0.04], adjusted.Select(v => Math.Round(v, 12)));
        for (int i = 0; i < p.Length; i++)
        {
            Assert.True(adjusted[i] >= p[i]);
        }
    }

    [Fact]
    public void EmptyAndSingleInputs()
    {
        Assert.Empty(Holm.Adjust([]));
        Assert.Equal([0.2], Holm.Adjust([0.2]));
    }

    [Fact]
    public void OutOfRangePIsRejected()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => Holm.Adjust([0.1, 1.5]));
        Assert.Contains("p-value [1] is 1.5", e.Message, StringComparison.Ordinal);
    }
}
