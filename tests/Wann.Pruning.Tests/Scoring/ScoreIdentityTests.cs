using Wann.Pruning.Data;
using Wann.Pruning.Networks;
using Wann.Pruning.Scoring;

namespace Wann.Pruning.Tests.Scoring;

public sealed class ScoreIdentityTests
{
    private static double Loss(MaskedMlp net, DenseDataset data)
    {
        var pass = new MlpPass(net, data.Count, 1);
        pass.Forward(data.Features, data.Count);
        return pass.Loss(data.Labels, data.Count);
    }

    private static double SecondDifference(MaskedMlp net, DenseDataset data, int layer, int k, float step)
    {
        float w = net.Weights[layer][k];
        double mid = Loss(net, data);
        net.Weights[layer][k] = w + step;
        double up = Loss(net, data);
        net.Weights[layer][k] = w - step;
        double down = Loss(net, data);
        net.Weights[layer][k] = w;
        return (up - (2 * mid) + down) / (step * step);
    }

    [Fact]
    public void Obd_output_layer_diagonal_is_exact_behind_hidden_layers()
    {
        // An output weight v(o, i) moves only logit o, so its second derivative is h_i² p_o(1 − p_o) with no
        // approximation: the Gauss-Newton diagonal must match second differences even behind two ReLU layers.
        MaskedMlp net = MaskedMlp.GlorotNormal([3, 6, 5, 4], 8);
        for (int l = 0; l < 2; l++)
        {
            Array.Fill(net.Biases[l], 0.4f); // keep the hidden units away from the ReLU kink
        }

        var data = new DenseDataset([0.5f, 1f, 0.2f, 0.9f, 0.3f, 0.6f, 0.1f, 0.8f, 0.4f], [1, 3, 0], 3, 4);
        double[][] h = ObdScorer.HessianDiagonal(net, data, 3);
        for (int k = 0; k < net.Weights[2].Length; k++)
        {
            double numeric = SecondDifference(net, data, 2, k, 0.05f);
            Assert.True(Math.Abs(numeric - h[2][k]) < 1e-3 + (0.02 * h[2][k]), $"weight {k}: numeric {numeric}, obd {h[2][k]}");
        }
    }

    [Fact]
    public void Obd_hidden_diagonal_differs_from_the_true_curvature_by_the_dropped_logit_coupling()
    {
        // 1 input (x = 1) -> ReLU unit (w = 2) -> logits (v₁, v₂) = (0.5, −0.5), label 0. With two classes the
        // logit Hessian is p(1 − p)[[1, −1], [−1, 1]], so the true ∂²E/∂w² = p(1 − p)(v₁ − v₂)² x² = c,
        // while OBD keeps only the diagonal: p(1 − p)(v₁² + v₂²) x² = c/2. The gap, 2p(1 − p)v₁v₂x², is the
        // coupling the diagonal approximation drops (the OBD paper's stated approximation).
        var net = new MaskedMlp([1, 1, 2]);
        net.Weights[0][0] = 2f;
        net.Weights[1][0] = 0.5f;
        net.Weights[1][1] = -0.5f;
        var data = new DenseDataset([1f], [0], 1, 2);
        double p = Math.Exp(1) / (Math.Exp(1) + Math.Exp(-1));
        double c = p * (1 - p);

        double numeric = SecondDifference(net, data, 0, 0, 0.02f);
        double obd = ObdScorer.HessianDiagonal(net, data, 1)[0][0];

        Assert.Equal(c * 1.0, numeric, 3);
        Assert.Equal(c * 0.5, obd, 6);
        Assert.Equal(numeric + (2 * c * 0.5 * -0.5), obd, 3);
    }

    [Fact]
    public void Synflow_scores_sum_to_the_same_total_in_every_layer()
    {
        // Conservation (Tanaka et al., Theorem 2): without biases each layer is a cut between input and
        // output, so every layer's scores sum to R = 𝟙ᵀ∏|W|𝟙; a wide layer's per-weight average is therefore small.
        MaskedMlp net = MaskedMlp.GlorotNormal([12, 40, 7, 3], 5);
        net.Masks[1][3] = 0f;
        net.ApplyMasks();

        double[][] s = new SynFlowScorer().Score(net);

        // R directly: push 𝟙 through |W| and add the outputs.
        double[] signal = [.. Enumerable.Repeat(1.0, 12)];
        for (int l = 0; l < net.LayerCount; l++)
        {
            int inWidth = net.Sizes[l];
            signal = [.. Enumerable.Range(0, net.Sizes[l + 1]).Select(o => Enumerable.Range(0, inWidth).Sum(i => Math.Abs(net.Weights[l][(o * inWidth) + i]) * signal[i]))];
        }

        double r = signal.Sum();
        Assert.All(s, layer => Assert.Equal(1.0, layer.Sum() / r, 12));
        Assert.Equal(0.0, s[1][3]);
    }
}
