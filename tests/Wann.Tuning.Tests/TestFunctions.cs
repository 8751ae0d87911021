namespace Wann.Tuning.Tests;

/// <summary>Test functions with known minima (Hansen's tutorial, arXiv:1604.00772, uses both), and a driver that
/// maximises their negation with an optimiser.</summary>
internal static class TestFunctions
{
    /// <summary>Shifted sphere Σ (x_i − 0.5)²: minimum 0 at all 0.5 (shifted, since the optimisers start at the origin).</summary>
    public static double Sphere(ReadOnlySpan<double> x)
    {
        double sum = 0.0;
        foreach (double v in x)
        {
            sum += (v - 0.5) * (v - 0.5);
        }

        return sum;
    }

    /// <summary>Rosenbrock Σ 100 (x_{i+1} − x_i²)² + (1 − x_i)²: minimum 0 at all ones.</summary>
    public static double Rosenbrock(ReadOnlySpan<double> x)
    {
        double sum = 0.0;
        for (int i = 0; i + 1 < x.Length; i++)
        {
            double a = x[i + 1] - (x[i] * x[i]);
            double b = 1.0 - x[i];
            sum += (100.0 * a * a) + (b * b);
        }

        return sum;
    }

    /// <summary>Runs an optimiser on −f until f(mean) drops below a target or the generations run out.</summary>
    /// <returns>f at the final mean and the generations used.</returns>
    public static (double Value, int Generations) Minimise(IWeightOptimizer optimizer, Func<double[], double> f, int maxGenerations, double target, ulong seed = 7)
    {
        int n = optimizer.Dimension;
        var candidates = new double[optimizer.PopulationSize * n];
        var fitness = new double[optimizer.PopulationSize];
        while (optimizer.Generation < maxGenerations)
        {
            if (f(optimizer.Mean.ToArray()) < target)
            {
                break;
            }

            optimizer.Ask(seed, candidates);
            for (int k = 0; k < fitness.Length; k++)
            {
                fitness[k] = -f(candidates.AsSpan(k * n, n).ToArray());
            }

            optimizer.Tell(fitness);
        }

        return (f(optimizer.Mean.ToArray()), optimizer.Generation);
    }
}
