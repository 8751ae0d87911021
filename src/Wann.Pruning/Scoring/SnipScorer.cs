using Wann.Pruning.Data;
using Wann.Pruning.Networks;

namespace Wann.Pruning.Scoring;

/// <summary>
/// SNIP (Lee et al. 2019): connection sensitivity |∂L/∂w · w| on one mini-batch, normalised to sum to one;
/// one-shot, at initialisation. The paper uses 100 examples for MNIST.
/// </summary>
/// <param name="data">Training examples; the first <paramref name="examples"/> form the batch.</param>
/// <param name="examples">Batch size (the paper: 100).</param>
public sealed class SnipScorer(DenseDataset data, int examples = 100) : IImportanceScorer
{
    /// <inheritdoc/>
    public string Name => "snip";

    /// <inheritdoc/>
    public double[][] Score(MaskedMlp net)
    {
        int n = Math.Min(examples, data.Count);
        var pass = new MlpPass(net, n, 1);
        pass.Forward(data.Features.AsSpan(0, n * data.FeatureCount), n);
        pass.Backward(data.Labels.AsSpan(0, n), n);
        var scores = new double[net.LayerCount][];
        double total = 0;
        for (int l = 0; l < net.LayerCount; l++)
        {
            float[] w = net.Weights[l];
            float[] g = pass.WeightGradients[l];
            scores[l] = new double[w.Length];
            for (int k = 0; k < w.Length; k++)
            {
                scores[l][k] = Math.Abs((double)g[k] * w[k]);
                total += scores[l][k];
            }
        }

        if (total > 0)
        {
            foreach (double[] layer in scores)
            {
                for (int k = 0; k < layer.Length; k++)
                {
                    layer[k] /= total;
                }
            }
        }

        return scores;
    }
}
