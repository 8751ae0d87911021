namespace Wann.Core.Genomes;

/// <summary>Graph queries over all connection genes of a genome (enabled or not).</summary>
/// <remarks>
/// Disabled connections count here on purpose: mutation keeps the graph of all genes acyclic, so
/// re-enabling any gene can never create a cycle.
/// </remarks>
public static class GenomeGraph
{
    /// <summary>Returns whether the connection genes (enabled or not) contain a directed cycle.</summary>
    /// <param name="genome">The genome.</param>
    /// <returns>True when there is a cycle.</returns>
    public static bool HasCycle(Genome genome) => TopologicalOrder(genome, includeDisabled: true) is null;

    /// <summary>
    /// Orders the nodes so that every connection goes forward (Kahn's algorithm); among ready nodes the
    /// bias and inputs come first, then hidden nodes, then outputs, each by id, so the order is deterministic.
    /// </summary>
    /// <param name="genome">The genome.</param>
    /// <param name="includeDisabled">Whether disabled connections constrain the order.</param>
    /// <returns>Node indices (positions in <see cref="Genome.Nodes"/>) in order, or null when there is a cycle.</returns>
    public static int[]? TopologicalOrder(Genome genome, bool includeDisabled)
    {
        var nodes = genome.Nodes;
        int n = nodes.Length;
        var connections = genome.Connections;

        // The bias and inputs (ids and positions 0..I) have no incoming connections, so they are all ready at the
        // start and, ranked first, leave the queue before any other node; by then every connection they feed has
        // been counted off. Such connections therefore never change the order or close a cycle, and are skipped:
        // a 256-input genome has thousands of them and only dozens between computed nodes. This runs for every
        // genome built (the validator's cycle check), every compiled program and every add-connection check.
        int inputs = genome.InputCount;
        int kept = 0;
        foreach (ConnectionGene c in connections)
        {
            if ((c.Enabled || includeDisabled) && c.Source > inputs)
            {
                kept++;
            }
        }

        // Outgoing edges as flat arrays (counts, prefix sums, then targets) rather than a list per node. The
        // dequeue order depends only on the (rank, index) priorities, which are unique, so the edge order cannot
        // change the result.
        var inDegree = new int[n];
        var edgeStart = new int[n + 1];
        var edgeSource = new int[kept];
        var edgeTarget = new int[kept];
        int edges = 0;
        foreach (ConnectionGene c in connections)
        {
            if ((!c.Enabled && !includeDisabled) || c.Source <= inputs)
            {
                continue;
            }

            int s = IndexOf(genome, c.Source);
            int t = IndexOf(genome, c.Target);
            edgeSource[edges] = s;
            edgeTarget[edges] = t;
            edges++;
            edgeStart[s + 1]++;
            inDegree[t]++;
        }

        for (int i = 0; i < n; i++)
        {
            edgeStart[i + 1] += edgeStart[i];
        }

        var outgoing = new int[edges];
        var fill = new int[n];
        for (int e = 0; e < edges; e++)
        {
            int s = edgeSource[e];
            outgoing[edgeStart[s] + fill[s]++] = edgeTarget[e];
        }

        var order = new int[n];
        int count = 0;
        for (int i = 0; i <= inputs; i++)
        {
            order[count++] = i;
        }

        // Priority among the computed nodes: kind (hidden 1, output 2), then id; nodes are stored by id already.
        var ready = new PriorityQueue<int, (int Rank, int Index)>();
        for (int i = inputs + 1; i < n; i++)
        {
            if (inDegree[i] == 0)
            {
                ready.Enqueue(i, (Rank(nodes[i].Kind), i));
            }
        }

        while (ready.TryDequeue(out int i, out _))
        {
            order[count++] = i;
            for (int e = edgeStart[i]; e < edgeStart[i + 1]; e++)
            {
                int t = outgoing[e];
                if (--inDegree[t] == 0)
                {
                    ready.Enqueue(t, (Rank(nodes[t].Kind), t));
                }
            }
        }

        return count == n ? order : null;
    }

    /// <summary>
    /// Assigns layers the way the WANN reference does for its add-connection mutation: bias and inputs
    /// are layer 0, a hidden node is one more than the deepest of its sources (longest path), and all
    /// outputs share the layer after the deepest hidden node.
    /// </summary>
    /// <param name="genome">A feed-forward genome.</param>
    /// <returns>The layer of each node, indexed like <see cref="Genome.Nodes"/>.</returns>
    public static int[] Layers(Genome genome)
    {
        int[] order = TopologicalOrder(genome, includeDisabled: true)
            ?? throw new InvalidGenomeException("Layers are only defined for acyclic genomes.");
        var nodes = genome.Nodes;
        var layer = new int[nodes.Length];
        var incoming = new List<int>[nodes.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            incoming[i] = [];
        }

        // Sources in layer 0 (the bias and inputs) cannot deepen a node: only connections from computed nodes count.
        foreach (ConnectionGene c in genome.Connections)
        {
            if (c.Source > genome.InputCount)
            {
                incoming[IndexOf(genome, c.Target)].Add(IndexOf(genome, c.Source));
            }
        }

        int deepestHidden = 0;
        foreach (int i in order)
        {
            if (nodes[i].Kind != NodeKind.Hidden)
            {
                continue;
            }

            int deepest = 0;
            foreach (int s in incoming[i])
            {
                deepest = Math.Max(deepest, layer[s]);
            }

            layer[i] = deepest + 1;
            deepestHidden = Math.Max(deepestHidden, layer[i]);
        }

        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Kind == NodeKind.Output)
            {
                layer[i] = deepestHidden + 1;
            }
        }

        return layer;
    }

    /// <summary>Returns the position of node <paramref name="id"/> in <see cref="Genome.Nodes"/>.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="id">A node id present in the genome.</param>
    /// <returns>The index.</returns>
    public static int IndexOf(Genome genome, int id)
    {
        int index = genome.IndexOfNode(id);
        return index >= 0 ? index : throw new InvalidGenomeException($"Node {id} is not in the genome.");
    }

    private static int Rank(NodeKind kind) => kind switch
    {
        NodeKind.Bias or NodeKind.Input => 0,
        NodeKind.Hidden => 1,
        _ => 2,
    };
}
