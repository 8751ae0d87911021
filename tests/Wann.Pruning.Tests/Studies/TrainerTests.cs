using Wann.Pruning.Masks;
using Wann.Pruning.Networks;
using Wann.Pruning.Scoring;
using Wann.Pruning.Training;

namespace Wann.Pruning.Tests.Studies;

public sealed class TrainerTests
{
    [Theory]
    [InlineData(OptimizerKind.Adam, 0.01)]
    [InlineData(OptimizerKind.Sgd, 0.1)]
    public void Training_learns_the_blobs_and_pruned_weights_stay_exactly_zero(OptimizerKind optimizer, double learningRate)
    {
        var train = SyntheticData.Blobs(800, 1);
        var test = SyntheticData.Blobs(400, 2);
        MaskedMlp net = MaskedMlp.GlorotNormal([8, 32, 4], 3);
        MaskSelector.KeepGlobal(net, new RandomScorer(5).Score(net), 120);
        float[][] mask = [.. net.Masks.Select(m => (float[])m.Clone())];
        double before = Trainer.Accuracy(net, test);

        new Trainer(net, new TrainingSettings(optimizer, learningRate, BatchSize: 20, Iterations: 400, Seed: 4)).Train(train);

        double after = Trainer.Accuracy(net, test);
        Assert.True(after > 0.9 && after > before + 0.2, $"accuracy {before:P1} -> {after:P1}");
        for (int l = 0; l < net.LayerCount; l++)
        {
            Assert.Equal(mask[l], net.Masks[l]);
            for (int k = 0; k < mask[l].Length; k++)
            {
                if (mask[l][k] == 0)
                {
                    Assert.Equal(0f, net.Weights[l][k]);
                }
            }
        }

        Assert.Equal(120, net.RemainingWeights);
    }

    [Fact]
    public void The_same_seed_trains_the_same_weights_with_one_or_two_threads()
    {
        var train = SyntheticData.Blobs(300, 1);
        MaskedMlp a = MaskedMlp.GlorotNormal([8, 16, 4], 3);
        MaskedMlp b = a.Clone();
        new Trainer(a, new TrainingSettings(BatchSize: 30, Iterations: 50, Threads: 1)).Train(train);
        new Trainer(b, new TrainingSettings(BatchSize: 30, Iterations: 50, Threads: 2)).Train(train);
        Assert.Equal(a.Weights[0], b.Weights[0]);
        Assert.Equal(a.Weights[1], b.Weights[1]);
    }
}
