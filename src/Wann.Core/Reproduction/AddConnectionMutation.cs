using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// Adds one connection between previously unconnected nodes, respecting the feed-forward property, the
/// way the WANN reference does: sources are tried in random order, and the first source that has an
/// unconnected node in a strictly higher layer is joined to a random such node.
/// </summary>
/// <remarks>
/// Layers come from <see cref="GenomeGraph.Layers"/>, computed over all genes including disabled ones
/// (the reference's "already connected" test also counts disabled genes). Counting disabled genes in
/// the layers too keeps the graph of all genes acyclic, so a later re-enable can never make a cycle.
/// In a recurrent genome any node may feed any hidden or output node, itself included.
/// </remarks>
public sealed class AddConnectionMutation : IMutationOperator
{
    /// <summary>The operator's name in the config's <c>mutation</c> map.</summary>
    public const string OperatorName = "addConnection";

    /// <inheritdoc/>
    public string Name => OperatorName;

    /// <inheritdoc/>
    public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context) => TryApply(parent, ref rng, context.Innovations);

    /// <summary>Tries the mutation.</summary>
    /// <param name="parent">The genome to mutate.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <param name="innovations">The run's innovation tracker.</param>
    /// <returns>The child, or null when no connection can be added.</returns>
    public static Genome? TryApply(Genome parent, ref Xoshiro256 rng, InnovationTracker innovations)
    {
        var nodes = parent.Nodes;
        int[]? layer = parent.IsRecurrent ? null : GenomeGraph.Layers(parent);
        var existing = new HashSet<(int, int)>();
        foreach (ConnectionGene c in parent.Connections)
        {
            existing.Add((c.Source, c.Target));
        }

        // Candidate sources: everything but outputs (outputs sit in the last layer), in random order.
        var sources = new List<int>(nodes.Length);
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Kind != NodeKind.Output || layer is null)
            {
                sources.Add(i);
            }
        }

        Shuffle(sources, ref rng);
        var targets = new List<int>();
        foreach (int s in sources)
        {
            targets.Clear();
            for (int t = 0; t < nodes.Length; t++)
            {
                if ((layer is null || layer[t] > layer[s]) && nodes[t].Kind is NodeKind.Hidden or NodeKind.Output
                    && !existing.Contains((nodes[s].Id, nodes[t].Id)))
                {
                    targets.Add(t);
                }
            }

            if (targets.Count == 0)
            {
                continue;
            }

            int target = targets[rng.NextInt(targets.Count)];
            int sourceId = nodes[s].Id;
            int targetId = nodes[target].Id;
            var added = new ConnectionGene(innovations.ConnectionInnovation(sourceId, targetId), sourceId, targetId, 1.0, true);
            return parent.WithConnections([.. parent.Connections, added]);
        }

        return null;
    }

    private static void Shuffle(List<int> items, ref Xoshiro256 rng)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = rng.NextInt(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
