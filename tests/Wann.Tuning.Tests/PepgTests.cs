namespace Wann.Tuning.Tests;

/// <summary>PEPG (estool's population-based REINFORCE) on the sphere.</summary>
public sealed class PepgTests
{
    [Fact]
    public void Approaches_the_sphere_minimum()
    {
        var pepg = new Pepg(new OptimizerSettings(10, 64, 0.5), learningRate: 0.05);
        double start = TestFunctions.Sphere(pepg.Mean);
        (double value, int generations) = TestFunctions.Minimise(pepg, x => TestFunctions.Sphere(x), 2000, 1e-4);
        Assert.Equal(2.5, start, 12);
        Assert.True(value < 1e-4, $"sphere at the mean: {value} after {generations} generations");
    }

    [Fact]
    public void Candidates_come_in_mirrored_pairs()
    {
        var pepg = new Pepg(new OptimizerSettings(3, 4, 0.5));
        var candidates = new double[12];
        pepg.Ask(5, candidates);
        for (int k = 0; k < 2; k++)
        {
            for (int i = 0; i < 3; i++)
            {
                Assert.Equal(0.0, candidates[(2 * k * 3) + i] + candidates[(((2 * k) + 1) * 3) + i], 15);
                Assert.NotEqual(0.0, candidates[(2 * k * 3) + i]);
            }
        }
    }

    [Fact]
    public void Refuses_an_odd_population()
    {
        var e = Assert.Throws<ArgumentException>(() => new Pepg(new OptimizerSettings(3, 5, 0.5)));
        Assert.Contains("even", e.Message, StringComparison.Ordinal);
    }
}
