namespace Wann.Tuning.Tests;

/// <summary>CMA-ES against functions with known optima. Hansen's tutorial (arXiv:1604.00772) gives the default
/// parameters used here; its Matlab example (purecmaes, Appendix C) solves 10-D Rosenbrock from random starts to
/// 1e-10 in a few thousand evaluations, and the sphere is the easiest case of all.</summary>
public sealed class CmaEsTests
{
    [Fact]
    public void Default_population_follows_the_tutorial_table_1()
    {
        // λ = 4 + ⌊3 ln n⌋: 10 for n = 10, 15 for n = 52 (the swing-up champion).
        Assert.Equal(10, new CmaEs(new OptimizerSettings(10, 0, 0.5)).PopulationSize);
        Assert.Equal(15, new CmaEs(new OptimizerSettings(52, 0, 0.5)).PopulationSize);
    }

    [Fact]
    public void Reaches_the_sphere_minimum()
    {
        var cma = new CmaEs(new OptimizerSettings(10, 0, 0.3));
        (double value, int generations) = TestFunctions.Minimise(cma, x => TestFunctions.Sphere(x), 1000, 1e-12);
        Assert.True(value < 1e-12, $"sphere at the mean: {value} after {generations} generations");

        // Linear convergence: the tutorial's sphere runs need a few hundred generations in 10-D, not thousands.
        Assert.InRange(generations, 50, 400);
    }

    [Fact]
    public void Reaches_the_rosenbrock_minimum_at_all_ones()
    {
        // 10-D Rosenbrock also has a local minimum near x1 = -1 (f about 3.99), which CMA-ES with the default
        // population reaches in a minority of runs (Hansen, Ostermeier 2001 report about 20% for small lambda):
        // most seeded runs must find the global one, and those that do must sit at all ones.
        int solved = 0;
        var values = new List<double>();
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var cma = new CmaEs(new OptimizerSettings(10, 0, 0.5));
            (double value, _) = TestFunctions.Minimise(cma, x => TestFunctions.Rosenbrock(x), 3000, 1e-10, seed);
            values.Add(value);
            if (value < 1e-10)
            {
                solved++;
                foreach (double x in cma.Mean)
                {
                    Assert.Equal(1.0, x, 1e-4);
                }
            }
            else
            {
                Assert.Equal(3.99, value, 0.01);
            }
        }

        Assert.True(solved >= 6, $"solved {solved} of 10: {string.Join(", ", values)}");
    }

    [Fact]
    public void Saved_state_resumes_to_the_same_numbers()
    {
        var a = new CmaEs(new OptimizerSettings(5, 0, 0.5));
        TestFunctions.Minimise(a, x => TestFunctions.Rosenbrock(x), 20, 0.0);
        var b = new CmaEs(new OptimizerSettings(5, 0, 0.5));
        b.LoadState(a.SaveState());
        TestFunctions.Minimise(a, x => TestFunctions.Rosenbrock(x), 40, 0.0);
        TestFunctions.Minimise(b, x => TestFunctions.Rosenbrock(x), 40, 0.0);
        Assert.Equal(a.SaveState(), b.SaveState());
        Assert.Throws<ArgumentException>(() => b.LoadState(new double[3]));
    }
}
