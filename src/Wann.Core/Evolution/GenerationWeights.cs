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
    public static IReadOnlyList<double> ForGeneration(ExperimentConfig config, int generation) =>
        config.WeightSampling == WeightSampling.Fixed
            ? config.Weights
            : InStrata(config, SeedMixer.Mix(config.Seed, (ulong)generation, RandomStreams.SharedWeights));

    /// <summary>The weight values a champion candidate is validated with: the config's, or the strata's midpoints
    /// (fixed for the run, so candidates compare on common values).</summary>
    /// <param name="config">The run's config.</param>
    /// <returns>The values.</returns>
    public static IReadOnlyList<double> ForValidation(ExperimentConfig config) =>
        config.WeightSampling == WeightSampling.Fixed ? config.Weights : InStrata(config, streamSeed: null);

    // One value per equal stratum of [min, max] of the config's weights: a uniform draw within each from the stream's
    // generator, or each stratum's midpoint when there is no stream.
    private static double[] InStrata(ExperimentConfig config, ulong? streamSeed)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        foreach (double w in config.Weights)
        {
            low = Math.Min(low, w);
            high = Math.Max(high, w);
        }

        double width = (high - low) / config.Weights.Count;
        var rng = new Xoshiro256(streamSeed ?? 0);
        var weights = new double[config.Weights.Count];
        for (int j = 0; j < weights.Length; j++)
        {
            weights[j] = low + (width * (j + (streamSeed is null ? 0.5 : rng.NextDouble())));
        }

        return weights;
    }
}
