using Wann.Environments.Randomness;
using Wann.Pruning.Networks;

namespace Wann.Pruning.Scoring;

/// <summary>Standard-normal random scores (the SynFlow code's "Rand"): the trivial baseline of pruning at initialisation.</summary>
/// <param name="seed">Seed of the scores.</param>
public sealed class RandomScorer(ulong seed) : IImportanceScorer
{
    /// <inheritdoc/>
    public string Name => "random";

    /// <inheritdoc/>
    public double[][] Score(MaskedMlp net)
    {
        var scores = new double[net.LayerCount][];
        for (int l = 0; l < net.LayerCount; l++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, 0x2A4DUL, (ulong)l));
            scores[l] = new double[net.Weights[l].Length];
            for (int k = 0; k < scores[l].Length; k++)
            {
                scores[l][k] = rng.NextGaussian();
            }
        }

        return scores;
    }
}
