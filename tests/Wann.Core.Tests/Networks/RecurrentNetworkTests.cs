using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Tests.Networks;

public class RecurrentNetworkTests
{
    private static Genome Recurrent(params (int Source, int Target, double Weight)[] connections)
    {
        // One input (id 1), one output (id 2, linear), hidden 3 (linear) and 4 (tanh).
        NodeGene[] nodes =
        [
            new(0, NodeKind.Bias, ActivationFunction.Linear), new(1, NodeKind.Input, ActivationFunction.Linear),
            new(2, NodeKind.Output, ActivationFunction.Linear), new(3, NodeKind.Hidden, ActivationFunction.Linear),
            new(4, NodeKind.Hidden, ActivationFunction.Tanh),
        ];
        return new Genome(1, 1, nodes, connections.Select((c, i) => new ConnectionGene(i, c.Source, c.Target, c.Weight, true)), recurrent: true);
    }

    [Fact]
    public void A_self_loop_integrates_its_input_one_step_at_a_time()
    {
        // h(t) = x(t) + 0.5 h(t-1); out(t) = h(t-1) (one step late: every node reads last step's values).
        Genome g = Recurrent((1, 3, 1.0), (3, 3, 0.5), (3, 2, 1.0));
        var net = new ScalarNetwork(g.Program);
        var output = new double[1];
        double[] xs = [1.0, 0.0, 2.0, 0.0];
        double[] expected = [0.0, 1.0, 0.5, 2.25];
        for (int t = 0; t < xs.Length; t++)
        {
            net.ActivateWithConnectionWeights([xs[t]], null, output);
            Assert.Equal(expected[t], output[0], 1e-15);
        }

        net.ResetState();
        net.ActivateWithConnectionWeights([7.0], null, output);
        Assert.Equal(0.0, output[0]); // state cleared: the output again lags by one step
    }

    [Fact]
    public void A_two_node_cycle_matches_the_hand_computed_sequence()
    {
        // 3 = x + w·4, 4 = tanh(3), out = 4, with shared weight w on every connection:
        // t0: 3 = w·x0, 4 = tanh(0) = 0, out = 0
        // t1: 3 = w(x1 + 4_0) = w·x1, 4 = tanh(w·3_0) = tanh(w² x0), out = w·4_0 = 0
        // t2: out = w·4_1 = w·tanh(w² x0)
        Genome g = Recurrent((1, 3, 1.0), (4, 3, 1.0), (3, 4, 1.0), (4, 2, 1.0));
        double w = -0.7;
        double[] xs = [0.9, -0.4, 0.3];
        var net = new ScalarNetwork(g.Program);
        var output = new double[1];
        var outs = new double[3];
        for (int t = 0; t < 3; t++)
        {
            net.Activate([xs[t]], w, output);
            outs[t] = output[0];
        }

        Assert.Equal(0.0, outs[0]);
        Assert.Equal(0.0, outs[1]);
        Assert.Equal(w * Math.Tanh(w * w * xs[0]), outs[2], 1e-12);
    }

    [Fact]
    public void Lane_and_scalar_paths_agree_bit_for_bit_on_random_recurrent_genomes()
    {
        var innovations = new InnovationTracker(0, 5);
        var skeleton = InitialPopulation.Skeleton(3, 1, ActivationFunction.Linear, innovations);
        double[] weights = [-2, -1, -0.5, 0.5, 1, 2];
        var lanes = new LaneNetwork(weights.Length);
        var inputs = new double[3 * weights.Length];
        var laneOut = new double[weights.Length];
        var scalarOut = new double[1];
        int cyclic = 0;
        for (ulong seed = 0; seed < 30; seed++)
        {
            var rng = new Xoshiro256(seed);
            Genome g = GenomeFactory.Grown(innovations, skeleton, 3, 1, ref rng, 40, GenomeFactory.MutationWeightsOf(0.4, 0.3, 0.05, 0.25), initEnable: 0.7, recurrent: true);
            cyclic += GenomeGraph.TopologicalOrder(g, includeDisabled: false) is null ? 1 : 0;
            var scalars = weights.Select(_ => new ScalarNetwork(g.Program)).ToArray();
            lanes.LoadShared(g.Program, weights);
            for (int step = 0; step < 8; step++)
            {
                for (int i = 0; i < inputs.Length; i++)
                {
                    inputs[i] = rng.NextDouble(-1, 1);
                }

                lanes.Activate(inputs, laneOut);
                for (int l = 0; l < weights.Length; l++)
                {
                    scalars[l].Activate([inputs[l], inputs[weights.Length + l], inputs[(2 * weights.Length) + l]], weights[l], scalarOut);
                    Assert.Equal(scalarOut[0], laneOut[l]);
                }
            }
        }

        Assert.True(cyclic > 10, $"only {cyclic} of 30 genomes grew a cycle");
    }
}
