using Wann.Environments.Randomness;
using Wann.Pruning.Networks;

namespace Wann.Pruning.Masks;

/// <summary>
/// Turns importance scores into masks: keep exactly the requested number of the highest-scoring weights
/// that are still kept, either across all layers (global) or per layer. Ties are broken by position (layer,
/// then index: the earlier weight is kept), so counts never drift and results never depend on sort
/// stability.
/// </summary>
public static class MaskSelector
{
    /// <summary>Keeps the <paramref name="keep"/> highest-scoring kept weights of the whole network.</summary>
    /// <param name="net">The network; its masks are rewritten and its weights masked.</param>
    /// <param name="scores">Scores shaped like the weights.</param>
    /// <param name="keep">Weights to keep (at most the number kept now).</param>
    public static void KeepGlobal(MaskedMlp net, double[][] scores, long keep)
    {
        var candidates = new List<(double Score, int Layer, int Index)>();
        for (int l = 0; l < net.LayerCount; l++)
        {
            float[] mask = net.Masks[l];
            for (int k = 0; k < mask.Length; k++)
            {
                if (mask[k] != 0f)
                {
                    candidates.Add((scores[l][k], l, k));
                }
            }
        }

        Apply(net, candidates, keep);
    }

    /// <summary>Keeps, in each layer, its given number of highest-scoring kept weights.</summary>
    /// <param name="net">The network; its masks are rewritten and its weights masked.</param>
    /// <param name="scores">Scores shaped like the weights.</param>
    /// <param name="keepPerLayer">Weights to keep in each layer.</param>
    public static void KeepPerLayer(MaskedMlp net, double[][] scores, IReadOnlyList<long> keepPerLayer)
    {
        for (int l = 0; l < net.LayerCount; l++)
        {
            var candidates = new List<(double Score, int Layer, int Index)>();
            float[] mask = net.Masks[l];
            for (int k = 0; k < mask.Length; k++)
            {
                if (mask[k] != 0f)
                {
                    candidates.Add((scores[l][k], l, k));
                }
            }

            Apply(net, candidates, keepPerLayer[l]);
        }
    }

    /// <summary>
    /// Prunes a fraction of each layer's kept weights (the LTH schedule: 20% per round, 10% for the output
    /// layer): layer l keeps round((1 − rate) · kept) weights.
    /// </summary>
    /// <param name="net">The network.</param>
    /// <param name="scores">Scores shaped like the weights.</param>
    /// <param name="rate">Fraction pruned per round in hidden layers.</param>
    /// <param name="outputRate">Fraction pruned per round in the output layer.</param>
    public static void PruneFractionPerLayer(MaskedMlp net, double[][] scores, double rate, double outputRate)
    {
        var keep = new long[net.LayerCount];
        for (int l = 0; l < net.LayerCount; l++)
        {
            double r = l == net.LayerCount - 1 ? outputRate : rate;
            keep[l] = (long)Math.Round((1 - r) * net.RemainingIn(l));
        }

        KeepPerLayer(net, scores, keep);
    }

    /// <summary>
    /// The within-layer shuffle control ("Missing the Mark", Frankle et al. 2021): the same number of kept
    /// weights in every layer, at random positions.
    /// </summary>
    /// <param name="net">The network whose masks are shuffled in place (weights are not touched; mask them afterwards).</param>
    /// <param name="seed">Seed of the shuffle.</param>
    public static void ShuffleWithinLayers(MaskedMlp net, ulong seed)
    {
        for (int l = 0; l < net.LayerCount; l++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, 0x5AFFUL, (ulong)l));
            float[] mask = net.Masks[l];
            for (int i = mask.Length - 1; i > 0; i--)
            {
                int j = rng.NextInt(i + 1);
                (mask[i], mask[j]) = (mask[j], mask[i]);
            }
        }
    }

    private static void Apply(MaskedMlp net, List<(double Score, int Layer, int Index)> candidates, long keep)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(keep);
        if (keep > candidates.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(keep), keep, $"Only {candidates.Count} weights are kept now.");
        }

        // Highest score first; equal scores keep the earlier position.
        candidates.Sort(static (a, b) =>
        {
            int byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : a.Layer != b.Layer ? a.Layer.CompareTo(b.Layer) : a.Index.CompareTo(b.Index);
        });
        for (int c = (int)keep; c < candidates.Count; c++)
        {
            net.Masks[candidates[c].Layer][candidates[c].Index] = 0f;
        }

        net.ApplyMasks();
    }
}
