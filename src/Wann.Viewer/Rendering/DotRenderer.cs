using System.Globalization;
using System.Text;
using Wann.Core.Activation;
using Wann.Core.Genomes;

namespace Wann.Viewer.Rendering;

/// <summary>Writes a genome as a Graphviz DOT digraph, for users who lay out with Graphviz (left to right, one colour per activation).</summary>
public static class DotRenderer
{
    /// <summary>Renders a genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="inputNames">Input names.</param>
    /// <param name="outputNames">Output names.</param>
    /// <returns>DOT text.</returns>
    public static string Render(Genome genome, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames)
    {
        var dot = new StringBuilder("digraph wann {\n  rankdir=LR;\n  node [shape=circle, style=filled, fontname=\"sans-serif\", fontsize=10];\n");
        var sources = new List<string>();
        var sinks = new List<string>();
        foreach (NodeGene n in genome.Nodes)
        {
            string label = n.Kind switch
            {
                NodeKind.Bias => "bias",
                NodeKind.Input => n.Id - 1 < inputNames.Count ? inputNames[n.Id - 1] : $"in{n.Id}",
                NodeKind.Output => n.Id - genome.FirstOutputId < outputNames.Count ? outputNames[n.Id - genome.FirstOutputId] : $"out{n.Id - genome.FirstOutputId}",
                _ => ActivationFunctions.NameOf(n.Activation),
            };
            string color = n.Kind == NodeKind.Hidden ? ActivationStyle.Color(n.Activation) : "#eeeeee";
            dot.Append(CultureInfo.InvariantCulture, $"  n{n.Id} [label=\"{label.Replace("\"", "'", StringComparison.Ordinal)}\", fillcolor=\"{color}\", tooltip=\"{ActivationFunctions.NameOf(n.Activation)}\"];\n");
            if (n.Kind is NodeKind.Bias or NodeKind.Input)
            {
                sources.Add($"n{n.Id}");
            }
            else if (n.Kind == NodeKind.Output)
            {
                sinks.Add($"n{n.Id}");
            }
        }

        dot.Append("  { rank=source; ").Append(string.Join("; ", sources)).Append("; }\n");
        dot.Append("  { rank=sink; ").Append(string.Join("; ", sinks)).Append("; }\n");
        bool cyclic = genome.IsRecurrent && GenomeGraph.TopologicalOrder(genome, includeDisabled: false) is null;
        foreach (ConnectionGene c in genome.Connections.Where(c => c.Enabled))
        {
            string style = cyclic && c.Source >= c.Target && c.Target > genome.InputCount ? " [style=dashed, constraint=false]" : string.Empty;
            dot.Append(CultureInfo.InvariantCulture, $"  n{c.Source} -> n{c.Target}{style};\n");
        }

        return dot.Append("}\n").ToString();
    }
}
