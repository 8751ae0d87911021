using Wann.Pruning.Networks;
using Wann.Pruning.Training;

namespace Wann.Pruning.Tests.Studies;

public sealed class TrainerResumeTests
{
    [Theory]
    [InlineData(13)] // 390 examples of 300: resumes inside the second epoch
    [InlineData(10)] // 300 examples: resumes exactly at an epoch boundary
    public void Resuming_the_example_order_at_step_k_continues_a_run_exactly(int k)
    {
        // Plain SGD keeps no state besides the weights, so k steps, then a fresh trainer drawing examples from
        // step k on, must reproduce one uninterrupted run of k + 17 steps bit for bit.
        var train = SyntheticData.Blobs(300, 1);
        MaskedMlp once = MaskedMlp.GlorotNormal([8, 16, 4], 3);
        MaskedMlp twice = once.Clone();
        var settings = new TrainingSettings(OptimizerKind.Sgd, 0.05, BatchSize: 30, Iterations: k + 17, Seed: 9, Threads: 1);

        new Trainer(once, settings).Train(train);
        new Trainer(twice, settings with { Iterations = k }).Train(train);
        MaskedMlp afterK = twice.Clone();
        new Trainer(twice, settings with { Iterations = 17 }).Train(train, orderFromStep: k);

        Assert.Equal(once.Weights[0], twice.Weights[0]);
        Assert.Equal(once.Weights[1], twice.Weights[1]);
        Assert.Equal(once.Biases[1], twice.Biases[1]);

        // Drawing from the start instead replays other examples and ends elsewhere.
        new Trainer(afterK, settings with { Iterations = 17 }).Train(train);
        Assert.NotEqual(once.Weights[0], afterK.Weights[0]);
    }
}
