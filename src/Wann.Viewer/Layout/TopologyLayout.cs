using Wann.Core.Genomes;

namespace Wann.Viewer.Layout;

/// <summary>
/// Lays a genome out as the WANN paper draws its networks: bias and inputs in the left column, outputs in
/// the right one, hidden nodes in columns by depth (longest path over enabled connections), and the order
/// within each column chosen to reduce edge crossings (barycentre sweeps, left to right and back).
/// </summary>
/// <remarks>Disabled connections are not drawn. In a recurrent genome the connections that close cycles
/// (found by depth-first search) are marked as back edges and do not constrain the columns.</remarks>
public static class TopologyLayout
{
    /// <summary>Horizontal distance between columns.</summary>
    public const double ColumnGap = 140;

    /// <summary>Vertical distance between nodes of a column.</summary>
    public const double RowGap = 56;

    /// <summary>Above this many inputs, inputs that no enabled connection reads are left out of the drawing.</summary>
    public const int ManyInputs = 32;

    /// <summary>Margin around the drawing (room for labels on the left and right).</summary>
    public const double Margin = 120;

    /// <summary>Computes the layout.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="inputNames">Names of the inputs (may be shorter than the inputs; missing ones are numbered).</param>
    /// <param name="outputNames">Names of the outputs.</param>
    /// <returns>Nodes, edges and the drawing's size.</returns>
    public static (IReadOnlyList<PlacedNode> Nodes, IReadOnlyList<PlacedEdge> Edges, double Width, double Height) Compute(
        Genome genome, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames)
    {
        var nodes = genome.Nodes;
        var index = new Dictionary<int, int>();
        for (int i = 0; i < nodes.Length; i++)
        {
            index[nodes[i].Id] = i;
        }

        var enabled = genome.Connections.Where(c => c.Enabled).ToList();
        HashSet<(int, int)> back = BackEdges(genome, enabled, index);

        // Longest-path depth over the forward edges; outputs go to the last column.
        var layer = new int[nodes.Length];
        var forward = enabled.Where(c => !back.Contains((c.Source, c.Target))).ToList();

        // Each node's neighbours along the forward edges, in edge order (the averages below sum in that order):
        // one pass over the edges instead of one per node, so a 20,000-node chain lays out in milliseconds.
        var sources = new List<int>[nodes.Length];
        var targets = new List<int>[nodes.Length];
        for (int i = 0; i < nodes.Length; i++)
        {
            (sources[i], targets[i]) = ([], []);
        }

        foreach (ConnectionGene c in forward)
        {
            sources[index[c.Target]].Add(index[c.Source]);
            targets[index[c.Source]].Add(index[c.Target]);
        }

        // Longest path in topological order (the forward edges form a DAG): each edge is relaxed once.
        var waiting = new int[nodes.Length];
        foreach (ConnectionGene c in forward)
        {
            waiting[index[c.Target]]++;
        }

        var ready = new Queue<int>();
        for (int i = 0; i < nodes.Length; i++)
        {
            if (waiting[i] == 0)
            {
                ready.Enqueue(i);
            }
        }

        while (ready.TryDequeue(out int s))
        {
            foreach (int t in targets[s])
            {
                if (nodes[t].Kind == NodeKind.Hidden && layer[t] < layer[s] + 1)
                {
                    layer[t] = layer[s] + 1;
                }

                if (--waiting[t] == 0)
                {
                    ready.Enqueue(t);
                }
            }
        }

        int last = nodes.Where((n, i) => n.Kind == NodeKind.Hidden).Select((n, i) => layer[index[n.Id]]).DefaultIfEmpty(0).Max() + 1;
        for (int i = 0; i < nodes.Length; i++)
        {
            if (nodes[i].Kind == NodeKind.Output)
            {
                layer[i] = last;
            }
        }

        // Initial order: by id; then barycentre sweeps against the neighbouring column.
        var columns = new List<int>[last + 1];
        for (int l = 0; l <= last; l++)
        {
            columns[l] = [];
        }

        // Image-sized inputs (MNIST's 256 pixels) would make a column thousands of rows tall; there only the
        // inputs some enabled connection reads are drawn. Small tasks keep every input, as the paper draws them.
        var drawn = new bool[nodes.Length];
        var read = new HashSet<int>(enabled.Select(c => c.Source));
        for (int i = 0; i < nodes.Length; i++)
        {
            drawn[i] = nodes[i].Kind != NodeKind.Input || genome.InputCount <= ManyInputs || read.Contains(nodes[i].Id);
            if (drawn[i])
            {
                columns[layer[i]].Add(i);
            }
        }

        var position = new double[nodes.Length];
        void Number(List<int> column)
        {
            for (int k = 0; k < column.Count; k++)
            {
                position[column[k]] = k - ((column.Count - 1) / 2.0);
            }
        }

        foreach (List<int> column in columns)
        {
            Number(column);
        }

        for (int sweep = 0; sweep < 8; sweep++)
        {
            bool rightward = sweep % 2 == 0;
            for (int step = 1; step <= last; step++)
            {
                int l = rightward ? step : last - step;
                if (l == 0 || l == last)
                {
                    continue; // inputs and outputs keep their natural order, as the paper's figures do
                }

                var keys = new Dictionary<int, double>();
                foreach (int i in columns[l])
                {
                    List<int> neighbours = rightward ? sources[i] : targets[i];
                    keys[i] = neighbours.Count > 0 ? neighbours.Select(n => position[n]).Average() : position[i];
                }

                columns[l] = [.. columns[l].OrderBy(i => keys[i]).ThenBy(i => nodes[i].Id)];
                Number(columns[l]);
            }
        }

        int tallest = columns.Max(c => c.Count);
        double height = (2 * Margin) + ((tallest - 1) * RowGap);
        double width = (2 * Margin) + (last * ColumnGap);
        var placed = new List<PlacedNode>(nodes.Length);
        for (int i = 0; i < nodes.Length; i++)
        {
            if (!drawn[i])
            {
                continue;
            }

            NodeGene n = nodes[i];
            string label = n.Kind switch
            {
                NodeKind.Bias => "bias",
                NodeKind.Input => n.Id - 1 < inputNames.Count ? inputNames[n.Id - 1] : $"in{n.Id}",
                NodeKind.Output => n.Id - genome.FirstOutputId < outputNames.Count ? outputNames[n.Id - genome.FirstOutputId] : $"out{n.Id - genome.FirstOutputId}",
                _ => string.Empty,
            };
            placed.Add(new PlacedNode(n.Id, n.Kind, n.Activation, layer[i], Margin + (layer[i] * ColumnGap), (height / 2) + (position[i] * RowGap), label));
        }

        var edges = enabled.Select(c => new PlacedEdge(c.Source, c.Target, back.Contains((c.Source, c.Target)))).ToList();
        return (placed, edges, width, height);
    }

    private static HashSet<(int, int)> BackEdges(Genome genome, List<ConnectionGene> enabled, Dictionary<int, int> index)
    {
        var back = new HashSet<(int, int)>();
        if (!genome.IsRecurrent)
        {
            return back;
        }

        var outgoing = enabled.GroupBy(c => c.Source).ToDictionary(g => g.Key, g => g.Select(c => c.Target).OrderBy(t => t).ToList());
        var state = new int[genome.Nodes.Length]; // 0 new, 1 on the stack, 2 done
        void Visit(int id)
        {
            state[index[id]] = 1;
            foreach (int t in outgoing.GetValueOrDefault(id, []))
            {
                if (state[index[t]] == 1)
                {
                    back.Add((id, t));
                }
                else if (state[index[t]] == 0)
                {
                    Visit(t);
                }
            }

            state[index[id]] = 2;
        }

        foreach (NodeGene n in genome.Nodes)
        {
            if (state[index[n.Id]] == 0)
            {
                Visit(n.Id);
            }
        }

        return back;
    }
}
