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
}
