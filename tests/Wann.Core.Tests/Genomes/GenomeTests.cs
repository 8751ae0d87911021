using Wann.Core.Activation;
using Wann.Core.Genomes;

namespace Wann.Core.Tests.Genomes;

public class GenomeTests
{
    private static readonly (int, ActivationFunction)[] OneHidden = [(3, ActivationFunction.Tanh)];

    [Fact]
    public void A_valid_genome_counts_enabled_connections_and_hidden_nodes()
    {
        Genome g = GenomeFactory.Build(1, 1, OneHidden, [(0, 2, 1.0, true), (1, 3, 1.0, true), (3, 2, 1.0, true), (1, 2, 1.0, false)]);
        Assert.Equal(3, g.EnabledConnectionCount);
        Assert.Equal(1, g.HiddenNodeCount);
        Assert.Equal([0, 1, 2, 3], g.Nodes.Select(n => n.Id));
    }

    [Theory]
    [InlineData(new[] { 1, 3, 3, 2, 2, 3 }, "cycle")]           // 3 -> 2 -> 3
    [InlineData(new[] { 1, 3, 3, 1 }, "input")]                 // into an input
    [InlineData(new[] { 1, 3, 1, 3 }, "Two connections")]       // duplicate pair
    [InlineData(new[] { 1, 9 }, "unknown node 9")]              // dangling target
    public void Broken_invariants_are_rejected_with_a_reason(int[] pairs, string reason)
    {
        var connections = new List<(int, int, double, bool)>();
        for (int i = 0; i < pairs.Length; i += 2)
        {
            connections.Add((pairs[i], pairs[i + 1], 1.0, true));
        }

        var e = Assert.Throws<InvalidGenomeException>(() => GenomeFactory.Build(1, 1, OneHidden, [.. connections]));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cycle_through_a_disabled_connection_is_still_rejected()
    {
        // Re-enabling must never create a cycle, so the graph of all genes must be acyclic.
        Assert.Throws<InvalidGenomeException>(() =>
            GenomeFactory.Build(1, 1, [(3, ActivationFunction.Tanh), (4, ActivationFunction.Tanh)], [(3, 4, 1.0, true), (4, 3, 1.0, false)]));
    }

    [Fact]
    public void Layers_follow_the_longest_path_and_outputs_come_last()
    {
        // 1 -> 3 -> 4 -> 2 and 1 -> 4: node 4 is at layer 2 (longest path), output at 3.
        Genome g = GenomeFactory.Build(1, 1, [(3, ActivationFunction.Tanh), (4, ActivationFunction.Sin)], (1, 3), (3, 4), (1, 4), (4, 2));
        int[] layers = GenomeGraph.Layers(g);
        Assert.Equal([0, 0, 3, 1, 2], layers);
    }

    [Fact]
    public void Nodes_are_found_by_id_in_the_fixed_range_and_among_hidden_ids()
    {
        // Two inputs and one output (ids 0..3), hidden ids 10 and 7 given out of order.
        Genome g = GenomeFactory.Build(2, 1, [(10, ActivationFunction.Tanh), (7, ActivationFunction.Sin)], (1, 7), (7, 10), (10, 3), (2, 3));
        Assert.Equal([0, 1, 2, 3, 7, 10], g.Nodes.Select(n => n.Id));
        Assert.Equal(0, g.IndexOfNode(0));
        Assert.Equal(3, g.IndexOfNode(3));
        Assert.Equal(4, g.IndexOfNode(7));
        Assert.Equal(5, g.IndexOfNode(10));
        Assert.Equal(-1, g.IndexOfNode(4));
        Assert.Equal(-1, g.IndexOfNode(8));
        Assert.Equal(-1, g.IndexOfNode(11));
        Assert.Equal(-1, g.IndexOfNode(-1));
    }

    [Fact]
    public void Genes_given_out_of_order_are_sorted_and_sorted_ones_kept()
    {
        NodeGene[] nodes =
        [
            new(4, NodeKind.Hidden, ActivationFunction.Tanh), new(2, NodeKind.Output, ActivationFunction.Linear),
            new(0, NodeKind.Bias, ActivationFunction.Linear), new(3, NodeKind.Hidden, ActivationFunction.Sin),
            new(1, NodeKind.Input, ActivationFunction.Linear),
        ];
        ConnectionGene[] connections = [new(9, 4, 2, 1.0, true), new(5, 1, 3, 1.0, true), new(7, 3, 4, 1.0, true)];
        var g = new Genome(1, 1, nodes, connections);
        Assert.Equal([0, 1, 2, 3, 4], g.Nodes.Select(n => n.Id));
        Assert.Equal([5L, 7L, 9L], g.Connections.Select(c => c.Innovation));

        Genome copy = g.WithConnections(g.Connections);
        Assert.True(copy.SameGenesAs(g));
        Assert.Equal(4, copy.IndexOfNode(4));
    }

    [Fact]
    public void The_topological_order_puts_inputs_then_hidden_then_outputs_and_skips_disabled_genes_on_request()
    {
        // 1 -> 3 -> 4 -> 2 and 1 -> 4: the hidden nodes by dependency, the output last.
        Genome g = GenomeFactory.Build(1, 1, [(3, ActivationFunction.Tanh), (4, ActivationFunction.Sin)], (1, 3), (3, 4), (1, 4), (4, 2));
        Assert.Equal([0, 1, 3, 4, 2], GenomeGraph.TopologicalOrder(g, includeDisabled: true)!);

        // Only 1 -> 4 -> 3 -> 2 enabled (1 -> 3 disabled): 4 must precede 3 although its id is larger.
        Genome h = GenomeFactory.Build(1, 1, [(3, ActivationFunction.Tanh), (4, ActivationFunction.Sin)], [(1, 4, 1.0, true), (4, 3, 1.0, true), (3, 2, 1.0, true), (1, 3, 1.0, false)]);
        Assert.Equal([0, 1, 4, 3, 2], GenomeGraph.TopologicalOrder(h, includeDisabled: false)!);
    }

    [Fact]
    public void The_topological_order_is_always_the_smallest_ready_node_by_kind_then_id()
    {
        // The order's definition, checked by brute force on grown genomes with many inputs: at every position the
        // node placed is, among those whose sources (of the counted genes) are all placed, the first by kind
        // (bias and inputs, hidden, outputs) and then by id.
        const int inputs = 12;
        const int outputs = 3;
        var innovations = new Wann.Core.Reproduction.InnovationTracker(0, 1 + inputs + outputs);
        var skeleton = Wann.Core.Reproduction.InitialPopulation.Skeleton(inputs, outputs, ActivationFunction.Linear, innovations);
        var rng = new Wann.Environments.Randomness.Xoshiro256(5);
        int checkedNodes = 0;
        for (int g = 0; g < 30; g++)
        {
            Genome genome = GenomeFactory.Grown(innovations, skeleton, inputs, outputs, ref rng, 50, GenomeFactory.MutationWeightsOf(0.4, 0.4, 0.1, 0.1), initEnable: 0.3);
            foreach (bool includeDisabled in new[] { true, false })
            {
                int[] order = GenomeGraph.TopologicalOrder(genome, includeDisabled)!;
                var placed = new bool[genome.Nodes.Length];
                foreach (int next in order)
                {
                    int best = -1;
                    for (int i = 0; i < genome.Nodes.Length; i++)
                    {
                        bool ready = !placed[i] && genome.Connections.All(c =>
                            (!c.Enabled && !includeDisabled) || genome.IndexOfNode(c.Target) != i || placed[genome.IndexOfNode(c.Source)]);
                        if (ready && (best < 0 || Rank(genome.Nodes[i].Kind) < Rank(genome.Nodes[best].Kind)))
                        {
                            best = i;
                        }
                    }

                    Assert.Equal(best, next);
                    placed[next] = true;
                    checkedNodes++;
                }
            }
        }

        Assert.True(checkedNodes > 2 * 30 * (1 + inputs + outputs));

        static int Rank(NodeKind kind) => kind switch { NodeKind.Bias or NodeKind.Input => 0, NodeKind.Hidden => 1, _ => 2 };
    }
}
