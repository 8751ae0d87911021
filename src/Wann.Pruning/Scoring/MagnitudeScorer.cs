using Wann.Pruning.Networks;

namespace Wann.Pruning.Scoring;

/// <summary>|w|: Han et al.'s magnitude criterion, also the Lottery Ticket's (and, on an untrained network, "magnitude at initialisation").</summary>
public sealed class MagnitudeScorer : IImportanceScorer
{
    /// <inheritdoc/>
    public string Name => "magnitude";

    /// <inheritdoc/>
    public double[][] Score(MaskedMlp net)
    {
        var scores = new double[net.LayerCount][];
        for (int l = 0; l < net.LayerCount; l++)
        {
            float[] w = net.Weights[l];
            scores[l] = new double[w.Length];
            for (int k = 0; k < w.Length; k++)
            {
                scores[l][k] = Math.Abs(w[k]);
            }
        }

        return scores;
    }
}
