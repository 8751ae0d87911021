using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Tests.Networks;

public class NetworkTests
{
    [Fact]
    public void A_hand_built_network_computes_the_hand_computed_output()
    {
        // Inputs x1 (id 1), x2 (id 2); output id 3; hidden 4 = tanh, 5 = gaussian.
        // 4 = tanh(w(x1 + bias)), 5 = gauss(w(x2 + node4)), out = w(node4 + node5).
        Genome g = GenomeFactory.Build(2, 1, [(4, ActivationFunction.Tanh), (5, ActivationFunction.Gaussian)],
            (1, 4), (0, 4), (2, 5), (4, 5), (4, 3), (5, 3));
        double w = -0.5;
        double x1 = 0.3;
        double x2 = -1.2;
        double n4 = Math.Tanh(w * (x1 + 1.0));
        double n5 = Math.Exp(-Math.Pow(w * (x2 + n4), 2) / 2.0);
        double expected = w * (n4 + n5);

        var scalar = new ScalarNetwork(g.Program);
        var output = new double[1];
        scalar.Activate([x1, x2], w, output);
        Assert.Equal(expected, output[0], 1e-14);

        var lanes = new LaneNetwork(3);
        lanes.LoadShared(g.Program, [w, 1.0, w]);
        var laneOut = new double[3];
        lanes.Activate([x1, 0.0, x1, x2, 0.0, x2], laneOut);
        Assert.Equal(expected, laneOut[0], 1e-14);
        Assert.Equal(expected, laneOut[2], 1e-14);
    }

    [Fact]
    public void A_hidden_node_without_enabled_inputs_is_a_constant_f_of_zero()
    {
        // cos(π·0) = 1 feeds the output even though the node has no input: the reference does the same.
        Genome g = GenomeFactory.Build(1, 1, [(3, ActivationFunction.Cos)], [(1, 3, 1.0, false), (3, 2, 1.0, true)]);
        var output = new double[1];
        new ScalarNetwork(g.Program).Activate([5.0], 2.0, output);
        Assert.Equal(2.0, output[0], 1e-15);
    }

    [Fact]
    public void Lane_path_matches_scalar_path_bit_for_bit_on_random_genomes()
    {
        var innovations = new InnovationTracker(0, 7);
        var skeleton = InitialPopulation.Skeleton(5, 1, ActivationFunction.Linear, innovations);
        double[] weights = [-2, -1, -0.5, 0.5, 1, 2];
        const int lanes = 6;
        var lane = new LaneNetwork(lanes);
        var inputs = new double[5 * lanes];
        var laneOut = new double[lanes];
        var scalarOut = new double[1];
        int compared = 0;
        for (ulong seed = 0; seed < 40; seed++)
        {
            var rng = new Xoshiro256(seed);
            Genome g = GenomeFactory.Grown(innovations, skeleton, 5, 1, ref rng, 60, GenomeFactory.MutationWeightsOf(0.3, 0.4, 0.05, 0.25));
            var scalar = new ScalarNetwork(g.Program);
            lane.LoadShared(g.Program, weights);
            for (int trial = 0; trial < 5; trial++)
            {
                for (int i = 0; i < inputs.Length; i++)
                {
                    inputs[i] = rng.NextDouble(-3, 3);
                }

                lane.Activate(inputs, laneOut);
                for (int l = 0; l < lanes; l++)
                {
                    double[] x = [.. Enumerable.Range(0, 5).Select(k => inputs[(k * lanes) + l])];
                    scalar.Activate(x, weights[l], scalarOut);
                    Assert.Equal(scalarOut[0], laneOut[l]);
                    compared++;
                }
            }
        }

        Assert.Equal(40 * 5 * lanes, compared);
    }

    [Fact]
    public void Own_and_per_connection_weights_match_the_scalar_path()
    {
        Genome g = GenomeFactory.Build(2, 1, [(4, ActivationFunction.Sigmoid)], [(1, 4, 0.7, true), (2, 4, -1.3, true), (4, 3, 2.5, true), (0, 3, -0.4, true)]);
        var scalar = new ScalarNetwork(g.Program);
        var expected = new double[1];
        scalar.ActivateWithConnectionWeights([0.2, -0.9], null, expected);
        Assert.Equal((2.5 / (1 + Math.Exp(-((0.7 * 0.2) + (-1.3 * -0.9))))) - 0.4, expected[0], 1e-14);

        var lanes = new LaneNetwork(2);
        lanes.LoadOwnWeights(g.Program);
        var output = new double[2];
        lanes.Activate([0.2, 0.2, -0.9, -0.9], output);
        Assert.Equal(expected[0], output[0], 1e-14);
        Assert.Equal(expected[0], output[1], 1e-14);

        // Per connection: lane 0 uses the genome's weights in compiled order, lane 1 uses all ones.
        double[] own = g.Program.IncomingWeight;
        var perConnection = new double[own.Length * 2];
        for (int c = 0; c < own.Length; c++)
        {
            perConnection[2 * c] = own[c];
            perConnection[(2 * c) + 1] = 1.0;
        }

        lanes.LoadPerConnection(g.Program, perConnection);
        lanes.Activate([0.2, 0.2, -0.9, -0.9], output);
        var shared = new double[1];
        scalar.Activate([0.2, -0.9], 1.0, shared);
        Assert.Equal(expected[0], output[0], 1e-14);
        Assert.Equal(shared[0], output[1], 1e-14);
    }

    [Fact]
    public void Kept_input_sums_give_the_bits_of_summing_every_pass()
    {
        // A wide network over fixed inputs keeps each node's sum over its leading bias and input sources for all
        // weight values; its outputs must equal a plain network's bit for bit, and must follow new inputs.
        const int inputs = 6;
        const int outputs = 3;
        const int lanes = 37; // not a whole number of registers
        var innovations = new InnovationTracker(0, 1 + inputs + outputs);
        var skeleton = InitialPopulation.Skeleton(inputs, outputs, ActivationFunction.Linear, innovations);
        var kept = new LaneNetwork(lanes, keepInputSums: true);
        var plain = new LaneNetwork(lanes);
        var keptOut = new double[outputs * lanes];
        var plainOut = new double[outputs * lanes];
        double[] weights = [-2, -1, -0.5, 0.5, 1, 2, 0.3];
        var rng = new Xoshiro256(41);
        Genome[] genomes = [.. Enumerable.Range(0, 12).Select(_ => GenomeFactory.Grown(innovations, skeleton, inputs, outputs, ref rng, 40, GenomeFactory.MutationWeightsOf(0.3, 0.4, 0.05, 0.25)))];
        int keptConnections = 0;
        for (int batch = 0; batch < 3; batch++)
        {
            for (int k = 0; k < inputs; k++)
            {
                Span<double> a = kept.InputRow(k);
                Span<double> b = plain.InputRow(k);
                for (int i = 0; i < lanes; i++)
                {
                    a[i] = b[i] = rng.NextDouble(-3, 3);
                }
            }

            // Every weight after the first reuses the genome's sums. The order reverses with each batch, so a batch
            // starts with the program whose sums the last one kept: they must be recomputed for the new inputs.
            foreach (Genome g in batch % 2 == 0 ? genomes : genomes.Reverse())
            {
                foreach (double w in weights)
                {
                    var row = new double[lanes];
                    Array.Fill(row, w);
                    kept.LoadShared(g.Program, row);
                    plain.LoadShared(g.Program, row);
                    kept.ActivateInPlace(keptOut);
                    plain.ActivateInPlace(plainOut);
                    keptConnections += kept.KeptInputSumConnections;
                    Assert.Equal(plainOut, keptOut);
                }
            }
        }

        Assert.Equal(0, plain.KeptInputSumConnections);
        Assert.True(keptConnections > 0, "the grown genomes must have nodes fed by inputs first");
    }
}
