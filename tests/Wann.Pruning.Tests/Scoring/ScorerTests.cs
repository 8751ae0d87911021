using Wann.Pruning.Data;
using Wann.Pruning.Masks;
using Wann.Pruning.Networks;
using Wann.Pruning.Scoring;

namespace Wann.Pruning.Tests.Scoring;

public sealed class ScorerTests
{
    [Fact]
    public void Obd_curvature_and_saliency_of_a_hand_worked_network()
    {
        // 1 input -> 1 ReLU hidden unit (w = 2) -> 2 logits (v = 0.5, -0.5), no biases, x = 1:
        // hidden 2, logits (1, -1), p = (0.8808, 0.1192), output curvature p(1 - p) = 0.104994 for both.
        var net = new MaskedMlp([1, 1, 2]);
        net.Weights[0][0] = 2f;
        net.Weights[1][0] = 0.5f;
        net.Weights[1][1] = -0.5f;
        var data = new DenseDataset([1f], [0], 1, 2);

        double[][] h = ObdScorer.HessianDiagonal(net, data, 1);
        double p = Math.Exp(1) / (Math.Exp(1) + Math.Exp(-1));
        double c = p * (1 - p);
        Assert.Equal(c * 4, h[1][0], 6);           // output weights: c · hidden²
        Assert.Equal(c * 4, h[1][1], 6);
        Assert.Equal(2 * 0.25 * c * 1, h[0][0], 6); // hidden weight: (Σ v² c) · f'² · x²

        double[][] s = new ObdScorer(data, 1).Score(net);
        Assert.Equal(c * 4 * 0.25 / 2, s[1][0], 6);  // h · w² / 2
        Assert.Equal(2 * 0.25 * c * 4 / 2, s[0][0], 6);
    }

    [Fact]
    public void Without_hidden_layers_the_obd_diagonal_is_the_exact_second_derivative()
    {
        // For a linear softmax classifier the Gauss-Newton diagonal is the Hessian diagonal: compare with
        // central second differences of the mean loss.
        MaskedMlp net = MaskedMlp.GlorotNormal([3, 4], 5);
        var data = new DenseDataset([0.5f, 1f, 0.2f, 0.9f, 0.3f, 0.6f, 0.1f, 0.8f, 0.4f], [1, 3, 0], 3, 4);
        double[][] h = ObdScorer.HessianDiagonal(net, data, 3);
        double Loss()
        {
            var pass = new MlpPass(net, 3, 1);
            pass.Forward(data.Features, 3);
            return pass.Loss(data.Labels, 3);
        }

        const float step = 0.05f;
        for (int k = 0; k < net.Weights[0].Length; k++)
        {
            float w = net.Weights[0][k];
            double mid = Loss();
            net.Weights[0][k] = w + step;
            double up = Loss();
            net.Weights[0][k] = w - step;
            double down = Loss();
            net.Weights[0][k] = w;
            double numeric = (up - (2 * mid) + down) / (step * step);
            Assert.True(Math.Abs(numeric - h[0][k]) < 2e-3 + (0.02 * h[0][k]), $"weight {k}: numeric {numeric}, obd {h[0][k]}");
        }
    }

    [Fact]
    public void Synflow_scores_of_a_linear_chain_are_the_products_along_its_paths()
    {
        // 2 -> 2 -> 1 with |weights|: first layer [[1, 2], [3, 4]], second [5, 6], no biases.
        // Forward h1 = (1+2, 3+4) = (3, 7); backward g1 = (5, 6).
        var net = new MaskedMlp([2, 2, 1]);
        net.Weights[0][0] = 1f;
        net.Weights[0][1] = -2f;
        net.Weights[0][2] = 3f;
        net.Weights[0][3] = 4f;
        net.Weights[1][0] = 5f;
        net.Weights[1][1] = -6f;

        double[][] s = new SynFlowScorer().Score(net);

        Assert.Equal([5 * 1.0, 5 * 2.0, 6 * 3.0, 6 * 4.0], s[0]); // g1[o] · |w| · 1
        Assert.Equal([5 * 3.0, 6 * 7.0], s[1]);                 // 1 · |v| · h1[i]
    }

    [Fact]
    public void Synflow_keeps_every_layer_alive_where_magnitude_at_initialisation_empties_layers()
    {
        // Two wide layers of small Glorot weights and a narrow 10x10 layer of large ones: keeping 20 of
        // 40,100 weights by magnitude keeps only the narrow layer's; SynFlow's layer-wise conservation keeps paths.
        MaskedMlp magnitude = MaskedMlp.GlorotNormal([10, 2000, 10, 10], 11);
        MaskedMlp synflow = magnitude.Clone();
        MaskSelector.KeepGlobal(magnitude, new MagnitudeScorer().Score(magnitude), 20);

        var scorer = new SynFlowScorer();
        long total = synflow.TotalWeights;
        for (int j = 1; j <= 100; j++)
        {
            long keep = (long)Math.Round(total * Math.Pow(20.0 / total, j / 100.0));
            MaskSelector.KeepGlobal(synflow, scorer.Score(synflow), keep);
        }

        Assert.Equal(20, magnitude.RemainingWeights);
        Assert.Equal(0, magnitude.RemainingIn(0));
        Assert.Equal(0, magnitude.RemainingIn(1));
        Assert.Equal(20, synflow.RemainingWeights);
        Assert.All(Enumerable.Range(0, 3), l => Assert.True(synflow.RemainingIn(l) > 0, $"layer {l} collapsed"));
    }

    [Fact]
    public void Snip_scores_are_normalised_connection_sensitivities()
    {
        MaskedMlp net = MaskedMlp.GlorotNormal([3, 4, 2], 2);
        var data = new DenseDataset([0.5f, 1f, 0.2f, 0.9f, 0.3f, 0.6f], [1, 0], 3, 2);
        double[][] s = new SnipScorer(data, 2).Score(net);

        var pass = new MlpPass(net, 2, 1);
        pass.Forward(data.Features, 2);
        pass.Backward(data.Labels, 2);
        double total = 0;
        for (int l = 0; l < 2; l++)
        {
            for (int k = 0; k < net.Weights[l].Length; k++)
            {
                total += Math.Abs((double)pass.WeightGradients[l][k] * net.Weights[l][k]);
            }
        }

        Assert.Equal(1.0, s.Sum(layer => layer.Sum()), 9);
        Assert.Equal(Math.Abs((double)pass.WeightGradients[1][3] * net.Weights[1][3]) / total, s[1][3], 9);
    }
}
