using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>The shared weight values a generation is scored with, and those a champion candidate is validated with
/// (<see cref="ExperimentConfig.WeightSampling"/>).</summary>
public static class GenerationWeights
{
    /// <summary>The weight values of one generation's evaluation.</summary>
    /// <param name="config">The run's config.</param>
    /// <param name="generation">The generation.</param>
    /// <returns>The config's values, or one draw per stratum from the generation's own stream (so a resumed run, a
    /// thread count or a cluster gives the same values).</returns>
    public static IReadOnlyList<double> ForGeneration(ExperimentConfig config, int generation)
    {
        if (config.WeightSampling == WeightSampling.Fixed)
        {
            return config.Weights;
        }

        (double low, double width) = Strata(config);
        var rng = new Xoshiro256(SeedMixer.Mix(config.Seed, (ulong)generation, RandomStreams.SharedWeights));
        var weights = new double[config.Weights.Count];
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] = low + (width * (j + rng.NextDouble()));
        }

        return weights;
    }

    /// <summary>The weight values a champion candidate is validated with: the config's, or the strata's midpoints
    /// (fixed for the run, so candidates compare on common values).</summary>
    /// <param name="config">The run's config.</param>
    /// <returns>The values.</returns>
    public static IReadOnlyList<double> ForValidation(ExperimentConfig config)
    {
        if (config.WeightSampling == WeightSampling.Fixed)
        {
            return config.Weights;
        }

        (double low, double width) = Strata(config);
        var weights = new double[config.Weights.Count];
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] = low + (width * (j + 0.5));
        }

        return weights;
    }

    private static (double Low, double Width) Strata(ExperimentConfig config)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double w in config.Weights)
        {
            low = Math.Min(low, w);
            high = Math.Max(high, w);
        }

        return (low, (high - low) / config.Weights.Count);
    }
}
