using Wann.Pruning.Networks;

namespace Wann.Pruning.Scoring;

/// <summary>
/// SynFlow (Tanaka et al. 2020): the synaptic saliency (∂R/∂θ) ⊙ θ of R = 𝟙ᵀ(∏ₗ|W⁽ˡ⁾|)𝟙, computed without
/// data: every parameter is replaced by its absolute value (biases included, as the authors' code does) and an
/// all-ones input is pushed through. With non-negative weights and inputs ReLU is the identity, so the score
/// of w⁽ˡ⁾ᵢⱼ factors into [𝟙ᵀ∏ₖ₍>ₗ₎|W⁽ᵏ⁾|]ᵢ · |w⁽ˡ⁾ᵢⱼ| · hⱼ⁽ˡ⁻¹⁾, where h is the all-ones forward signal.
/// </summary>
/// <remarks>Computed in double: products of hundreds of weights under- or overflow single precision in wide
/// networks (the authors' code briefly switched to double for the same reason).</remarks>
public sealed class SynFlowScorer : IImportanceScorer
{
    /// <inheritdoc/>
    public string Name => "synflow";

    /// <inheritdoc/>
    public double[][] Score(MaskedMlp net)
    {
        int layers = net.LayerCount;

        // Forward: h⁰ = 𝟙, hˡ = |Wˡ| hˡ⁻¹ + |bˡ|.
        var forward = new double[layers + 1][];
        forward[0] = new double[net.Sizes[0]];
        Array.Fill(forward[0], 1.0);
        for (int l = 0; l < layers; l++)
        {
            int inWidth = net.Sizes[l];
            int outWidth = net.Sizes[l + 1];
            forward[l + 1] = new double[outWidth];
            for (int o = 0; o < outWidth; o++)
            {
                double sum = Math.Abs(net.Biases[l][o]);
                for (int i = 0; i < inWidth; i++)
                {
                    sum += Math.Abs(net.Weights[l][(o * inWidth) + i]) * forward[l][i];
                }

                forward[l + 1][o] = sum;
            }
        }

        // Backward: gᴸ = 𝟙 (R sums the outputs), gˡ⁻¹ = |Wˡ|ᵀ gˡ; score = gˡᵢ · |wᵢⱼ| · hʲ.
        var scores = new double[layers][];
        var g = new double[net.Sizes[layers]];
        Array.Fill(g, 1.0);
        for (int l = layers - 1; l >= 0; l--)
        {
            int inWidth = net.Sizes[l];
            int outWidth = net.Sizes[l + 1];
            scores[l] = new double[inWidth * outWidth];
            var below = new double[inWidth];
            for (int o = 0; o < outWidth; o++)
            {
                for (int i = 0; i < inWidth; i++)
                {
                    double w = Math.Abs(net.Weights[l][(o * inWidth) + i]);
                    scores[l][(o * inWidth) + i] = g[o] * w * forward[l][i];
                    below[i] += w * g[o];
                }
            }

            g = below;
        }

        return scores;
    }
}
