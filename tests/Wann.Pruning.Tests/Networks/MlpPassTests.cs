using Wann.Environments.Randomness;
using Wann.Pruning.Networks;

namespace Wann.Pruning.Tests.Networks;

public sealed class MlpPassTests
{
    /// <summary>A 3-5-4-3 network with weights that keep every pre-activation away from ReLU's kink.</summary>
    private static (MaskedMlp Net, float[] Inputs, byte[] Labels) Small()
    {
        MaskedMlp net = MaskedMlp.GlorotNormal([3, 5, 4, 3], 7);
        for (int l = 0; l < net.LayerCount; l++)
        {
            for (int o = 0; o < net.Biases[l].Length; o++)
            {
                net.Biases[l][o] = 0.3f; // positive biases: hidden units active for these inputs
            }
        }

        float[] inputs = [0.2f, 0.5f, 0.9f, 0.7f, 0.1f, 0.4f];
        return (net, inputs, [2, 0]);
    }

    private static double Loss(MaskedMlp net, float[] inputs, byte[] labels)
    {
        var pass = new MlpPass(net, 2, 1);
        pass.Forward(inputs, 2);
        return pass.Loss(labels, 2);
    }

    [Fact]
    public void Weight_and_bias_gradients_match_central_differences()
    {
        (MaskedMlp net, float[] inputs, byte[] labels) = Small();
        var pass = new MlpPass(net, 2, 1);
        pass.Forward(inputs, 2);
        pass.Backward(labels, 2);
        const float h = 1e-2f;
        for (int l = 0; l < net.LayerCount; l++)
        {
            for (int k = 0; k < net.Weights[l].Length; k++)
            {
                float w = net.Weights[l][k];
                net.Weights[l][k] = w + h;
                double up = Loss(net, inputs, labels);
                net.Weights[l][k] = w - h;
                double down = Loss(net, inputs, labels);
                net.Weights[l][k] = w;
                Assert.Equal((up - down) / (2 * h), pass.WeightGradients[l][k], 3);
            }

            for (int o = 0; o < net.Biases[l].Length; o++)
            {
                float b = net.Biases[l][o];
                net.Biases[l][o] = b + h;
                double up = Loss(net, inputs, labels);
                net.Biases[l][o] = b - h;
                double down = Loss(net, inputs, labels);
                net.Biases[l][o] = b;
                Assert.Equal((up - down) / (2 * h), pass.BiasGradients[l][o], 3);
            }
        }
    }

    [Fact]
    public void The_loss_of_a_hand_built_network_is_the_hand_computed_cross_entropy()
    {
        // One input, two classes, logits (2x, -x) for x = 0.5: p = softmax(1, -0.5).
        var net = new MaskedMlp([1, 2]);
        net.Weights[0][0] = 2f;
        net.Weights[0][1] = -1f;
        var pass = new MlpPass(net, 1, 1);
        pass.Forward([0.5f], 1);

        Assert.Equal(Math.Log(Math.Exp(1) + Math.Exp(-0.5)) - 1, pass.Loss([0], 1), 6);
        Assert.Equal(1, pass.Correct([0], 1));
    }

    [Fact]
    public void Pruned_weights_get_zero_gradient_and_the_result_does_not_depend_on_threads()
    {
        MaskedMlp net = MaskedMlp.GlorotNormal([20, 30, 10], 3);
        net.Masks[0][5] = 0f;
        net.Masks[1][17] = 0f;
        net.ApplyMasks();
        var rng = new Xoshiro256(9);
        var inputs = new float[16 * 20];
        var labels = new byte[16];
        for (int i = 0; i < inputs.Length; i++)
        {
            inputs[i] = (float)rng.NextDouble();
        }

        for (int i = 0; i < labels.Length; i++)
        {
            labels[i] = (byte)rng.NextInt(10);
        }

        float[][] Gradients(int threads)
        {
            var pass = new MlpPass(net, 16, threads);
            pass.Forward(inputs, 16);
            pass.Backward(labels, 16);
            return [.. pass.WeightGradients.Select(g => (float[])g.Clone())];
        }

        float[][] one = Gradients(1);
        float[][] two = Gradients(2);
        Assert.Equal(0f, one[0][5]);
        Assert.Equal(0f, one[1][17]);
        Assert.NotEqual(0f, one[0][6]);
        for (int l = 0; l < one.Length; l++)
        {
            Assert.Equal(one[l], two[l]);
        }
    }
}
