using Wann.Pruning.Data;
using Wann.Pruning.Networks;

namespace Wann.Pruning.Scoring;

/// <summary>
/// Optimal Brain Damage (LeCun, Denker and Solla 1990): saliency sₖ = hₖₖ·wₖ²/2, with the diagonal of the
/// Hessian of the mean loss from the second-order backward pass in its Gauss-Newton (Levenberg-Marquardt)
/// form, averaged over training examples.
/// </summary>
/// <remarks>
/// <para>For softmax cross-entropy the output boundary term is the Gauss-Newton diagonal pₖ(1 − pₖ) with
/// respect to the logits (the 1990 paper used squared error, 2f′²). The recursion is the paper's eq. 7
/// without the f″ term, ∂²E/∂aᵢ² = f′(aᵢ)² Σₗ wₗᵢ² ∂²E/∂aₗ² (exact for ReLU, whose f″ is 0 almost
/// everywhere), and ∂²E/∂wᵢⱼ² = ∂²E/∂aᵢ² · xⱼ² (eq. 6). Couplings between units are dropped, as in OBD.</para>
/// </remarks>
/// <param name="data">Training examples; the first <paramref name="examples"/> are averaged over.</param>
/// <param name="examples">How many examples.</param>
public sealed class ObdScorer(DenseDataset data, int examples = 2000) : IImportanceScorer
{
    /// <inheritdoc/>
    public string Name => "obd";

    /// <inheritdoc/>
    public double[][] Score(MaskedMlp net)
    {
        double[][] h = HessianDiagonal(net, data, examples);
        for (int l = 0; l < net.LayerCount; l++)
        {
            float[] w = net.Weights[l];
            for (int k = 0; k < w.Length; k++)
            {
                h[l][k] = h[l][k] * w[k] * w[k] / 2.0;
            }
        }

        return h;
    }

    /// <summary>The Gauss-Newton diagonal of the Hessian of the mean cross-entropy with respect to every weight.</summary>
    /// <param name="net">The network.</param>
    /// <param name="data">Examples.</param>
    /// <param name="examples">How many of the first examples to average over.</param>
    /// <returns>∂²E/∂w², shaped like the weights.</returns>
    public static double[][] HessianDiagonal(MaskedMlp net, DenseDataset data, int examples)
    {
        int n = Math.Min(examples, data.Count);
        int layers = net.LayerCount;
        var h = new double[layers][];
        for (int l = 0; l < layers; l++)
        {
            h[l] = new double[net.Weights[l].Length];
        }

        const int chunk = 250;
        var pass = new MlpPass(net, chunk, 1);
        var curvature = new double[layers + 1][];
        for (int l = 0; l <= layers; l++)
        {
            curvature[l] = new double[net.Sizes[l]];
        }

        int classes = net.Sizes[layers];
        var p = new double[classes];
        for (int first = 0; first < n; first += chunk)
        {
            int count = Math.Min(chunk, n - first);
            pass.Forward(data.Features.AsSpan(first * data.FeatureCount, count * data.FeatureCount), count);
            for (int r = 0; r < count; r++)
            {
                // Boundary: d²E/dz² ≈ p(1 − p) on the logits.
                ReadOnlySpan<float> z = pass.Logits.Slice(r * classes, classes);
                double max = double.NegativeInfinity;
                foreach (float v in z)
                {
                    max = Math.Max(max, v);
                }

                double sum = 0;
                for (int k = 0; k < classes; k++)
                {
                    p[k] = Math.Exp(z[k] - max);
                    sum += p[k];
                }

                for (int k = 0; k < classes; k++)
                {
                    p[k] /= sum;
                    curvature[layers][k] = p[k] * (1 - p[k]);
                }

                for (int l = layers - 1; l >= 0; l--)
                {
                    int inWidth = net.Sizes[l];
                    int outWidth = net.Sizes[l + 1];
                    ReadOnlySpan<float> x = pass.Activations(l).Slice(r * inWidth, inWidth);
                    float[] w = net.Weights[l];
                    double[] above = curvature[l + 1];
                    double[] below = curvature[l];
                    Array.Clear(below);
                    for (int o = 0; o < outWidth; o++)
                    {
                        double c = above[o];
                        if (c == 0)
                        {
                            continue;
                        }

                        int row = o * inWidth;
                        for (int i = 0; i < inWidth; i++)
                        {
                            double xi = x[i];
                            h[l][row + i] += c * xi * xi;
                            double wi = w[row + i];
                            below[i] += wi * wi * c;
                        }
                    }

                    // f′(a)² for the ReLU below: 1 where the unit was active, else 0 (inputs have no ReLU, unused).
                    for (int i = 0; i < inWidth; i++)
                    {
                        if (x[i] <= 0f)
                        {
                            below[i] = 0;
                        }
                    }
                }
            }
        }

        for (int l = 0; l < layers; l++)
        {
            float[] mask = net.Masks[l];
            for (int k = 0; k < h[l].Length; k++)
            {
                h[l][k] = mask[k] == 0f ? 0 : h[l][k] / n;
            }
        }

        return h;
    }
}
