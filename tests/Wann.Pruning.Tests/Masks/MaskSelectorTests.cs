using Wann.Pruning.Masks;
using Wann.Pruning.Networks;
using Wann.Pruning.Scoring;

namespace Wann.Pruning.Tests.Masks;

public sealed class MaskSelectorTests
{
    [Fact]
    public void Global_selection_keeps_exactly_k_and_breaks_ties_by_position()
    {
        var net = new MaskedMlp([2, 2, 1]);
        double[][] scores = [[0.5, 0.9, 0.5, 0.1], [0.5, 0.7]];

        MaskSelector.KeepGlobal(net, scores, 3);

        // 0.9 and 0.7 first; of the four 0.5s the earliest (layer 0, index 0) is kept.
        Assert.Equal([1f, 1f, 0f, 0f], net.Masks[0]);
        Assert.Equal([0f, 1f], net.Masks[1]);
    }

    [Fact]
    public void Pruned_weights_are_never_revived_by_a_high_score()
    {
        var net = new MaskedMlp([2, 2]);
        net.Masks[0][0] = 0f;
        MaskSelector.KeepGlobal(net, [[100, 1, 2, 3]], 2);
        Assert.Equal([0f, 0f, 1f, 1f], net.Masks[0]);
    }

    [Fact]
    public void The_lottery_schedule_prunes_a_fifth_of_hidden_layers_and_a_tenth_of_the_output_layer()
    {
        MaskedMlp net = MaskedMlp.GlorotNormal([20, 10, 10], 1);
        var scores = new MagnitudeScorer().Score(net);
        MaskSelector.PruneFractionPerLayer(net, scores, 0.2, 0.1);
        Assert.Equal(160, net.RemainingIn(0));
        Assert.Equal(90, net.RemainingIn(1));

        // The survivors are the largest magnitudes of each layer.
        float smallestKept = net.Weights[0].Where((w, k) => net.Masks[0][k] != 0).Min(Math.Abs);
        MaskedMlp fresh = MaskedMlp.GlorotNormal([20, 10, 10], 1);
        float largestPruned = fresh.Weights[0].Where((w, k) => net.Masks[0][k] == 0).Max(Math.Abs);
        Assert.True(smallestKept >= largestPruned);
        Assert.All(fresh.Weights[0].Select((w, k) => (w, k)).Where(t => net.Masks[0][t.k] == 0), t => Assert.Equal(0f, net.Weights[0][t.k]));
    }

    [Fact]
    public void Shuffling_within_layers_keeps_each_layers_count_and_moves_the_mask()
    {
        MaskedMlp net = MaskedMlp.GlorotNormal([30, 20, 5], 4);
        MaskSelector.PruneFractionPerLayer(net, new MagnitudeScorer().Score(net), 0.7, 0.5);
        float[][] before = [.. net.Masks.Select(m => (float[])m.Clone())];

        MaskSelector.ShuffleWithinLayers(net, 3);

        for (int l = 0; l < 2; l++)
        {
            Assert.Equal(before[l].Count(m => m != 0), net.Masks[l].Count(m => m != 0));
            Assert.NotEqual(before[l], net.Masks[l]);
        }
    }
}
