using Wann.Pruning.Masks;
using Wann.Pruning.Networks;
using Wann.Pruning.Scoring;
using Wann.Pruning.Training;

namespace Wann.Pruning.Tests.Studies;

/// <summary>The pieces the Lottery Ticket study composes: a snapshot at step k, per-layer magnitude pruning of the trained weights, and the rewind.</summary>
public sealed class LotteryTicketRewindTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(37)]
    public void Rewinding_puts_the_initial_or_step_k_weights_on_the_survivors_and_zero_elsewhere(int rewindStep)
    {
        var train = SyntheticData.Blobs(400, 1);
        MaskedMlp initial = MaskedMlp.GlorotNormal([8, 24, 16, 4], 6);
        MaskedMlp net = initial.Clone();
        MaskedMlp? rewindPoint = rewindStep == 0 ? initial.Clone() : null;
        var trainer = new Trainer(net, new TrainingSettings(OptimizerKind.Adam, 0.01, BatchSize: 20, Iterations: 120, Seed: 2, Threads: 1));
        trainer.Train(train, step =>
        {
            if (step == rewindStep)
            {
                rewindPoint = net.Clone();
            }
        });
        Assert.NotNull(rewindPoint);
        Assert.Equal(120, trainer.Steps);
        if (rewindStep > 0)
        {
            // The snapshot is a real intermediate point: neither the initialisation nor the end of training.
            Assert.NotEqual(initial.Weights[0], rewindPoint.Weights[0]);
            Assert.NotEqual(net.Weights[0], rewindPoint.Weights[0]);
        }

        float[][] trained = [.. net.Weights.Select(w => (float[])w.Clone())];
        MaskSelector.PruneFractionPerLayer(net, new MagnitudeScorer().Score(net), 0.5, 0.25);
        net.CopyParametersFrom(rewindPoint);

        Assert.Equal([96L, 192L, 48L], Enumerable.Range(0, 3).Select(l => net.RemainingIn(l)));
        for (int l = 0; l < net.LayerCount; l++)
        {
            // The mask came from the trained weights: every survivor was at least as large as every pruned weight.
            float smallestKept = trained[l].Where((_, k) => net.Masks[l][k] != 0).Min(Math.Abs);
            float largestPruned = trained[l].Where((_, k) => net.Masks[l][k] == 0).Max(Math.Abs);
            Assert.True(smallestKept >= largestPruned, $"layer {l}: kept {smallestKept}, pruned {largestPruned}");
            for (int k = 0; k < net.Weights[l].Length; k++)
            {
                Assert.Equal(net.Masks[l][k] != 0 ? rewindPoint.Weights[l][k] : 0f, net.Weights[l][k]);
            }

            Assert.Equal(rewindPoint.Biases[l], net.Biases[l]);
        }
    }
}
