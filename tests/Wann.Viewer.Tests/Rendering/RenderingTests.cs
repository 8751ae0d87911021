using System.Text.RegularExpressions;
using System.Xml.Linq;
using SkiaSharp;
using Wann.Core.Benchmarking;
using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Viewer.Layout;
using Wann.Viewer.Rendering;

namespace Wann.Viewer.Tests.Rendering;

public class RenderingTests
{
    private static readonly Genome Champion = BenchmarkGenomes.PaperSwingUpChampion();
    private static readonly WannTask SwingUp = TaskRegistry.Get("swingup");

    [Fact]
    public void Svg_has_one_node_per_gene_one_edge_per_enabled_connection_and_the_labels()
    {
        XDocument svg = XDocument.Parse(SvgRenderer.Render(Champion, SwingUp.InputNames, SwingUp.OutputNames));
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(Champion.Nodes.Length, svg.Descendants(ns + "circle").Count());
        Assert.Equal(Champion.EnabledConnectionCount, svg.Descendants(ns + "path").Count(p => p.Attribute("class")!.Value.StartsWith("edge", StringComparison.Ordinal)));
        string[] labels = [.. svg.Descendants(ns + "text").Where(t => t.Attribute("class")?.Value == "label").Select(t => t.Value)];
        Assert.Equal(["bias", "x", "x_dot", "cos_theta", "sin_theta", "theta_dot", "force"], labels);
        Assert.All(svg.Descendants(ns + "g").Where(g => g.Attribute("class")?.Value == "node hidden"), g => Assert.NotNull(g.Element(ns + "title")));
    }

    [Fact]
    public void Disabled_connections_are_not_drawn()
    {
        Genome g = Champion.WithConnections(Champion.Connections.Select((c, i) => i == 0 ? c with { Enabled = false } : c));
        XDocument svg = XDocument.Parse(SvgRenderer.Render(g, SwingUp.InputNames, SwingUp.OutputNames));
        Assert.Equal(Champion.EnabledConnectionCount - 1, svg.Descendants().Count(e => e.Attribute("class")?.Value.StartsWith("edge", StringComparison.Ordinal) == true && e.Name.LocalName == "path"));
    }

    [Fact]
    public void Feed_forward_layout_runs_left_to_right_without_overlaps()
    {
        var (nodes, edges, width, height) = TopologyLayout.Compute(Champion, SwingUp.InputNames, SwingUp.OutputNames);
        var at = nodes.ToDictionary(n => n.Id);
        Assert.All(edges, e => Assert.True(at[e.Source].X < at[e.Target].X, $"edge {e.Source}->{e.Target} goes backwards"));
        Assert.All(nodes.Where(n => n.Kind is NodeKind.Input or NodeKind.Bias), n => Assert.Equal(0, n.Layer));
        Assert.Single(nodes.Where(n => n.Kind == NodeKind.Output).Select(n => n.X).Distinct());
        Assert.Equal(nodes.Count, nodes.Select(n => (n.X, n.Y)).Distinct().Count());
        Assert.All(nodes, n => Assert.InRange(n.X, 0, width));
        Assert.All(nodes, n => Assert.InRange(n.Y, 0, height));
    }

    [Fact]
    public void Png_decodes_with_the_expected_size()
    {
        byte[] png = PngRenderer.Render(Champion, SwingUp.InputNames, SwingUp.OutputNames, scale: 1f);
        using SKBitmap bitmap = SKBitmap.Decode(png);
        var (_, _, width, height) = TopologyLayout.Compute(Champion, SwingUp.InputNames, SwingUp.OutputNames);
        Assert.Equal((int)Math.Ceiling(width), bitmap.Width);
        Assert.Equal((int)Math.Ceiling(height), bitmap.Height);
        Assert.Equal(SKColors.White, bitmap.GetPixel(1, 1)); // background
    }

    [Fact]
    public void Dot_is_a_digraph_with_exactly_the_enabled_edges()
    {
        string dot = DotRenderer.Render(Champion, SwingUp.InputNames, SwingUp.OutputNames);
        Assert.StartsWith("digraph wann {", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
        var edges = Regex.Matches(dot, @"n(\d+) -> n(\d+)").Select(m => (int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value))).ToHashSet();
        var expected = Champion.Connections.Where(c => c.Enabled).Select(c => (c.Source, c.Target)).ToHashSet();
        Assert.Equal(expected, edges);
        Assert.Equal(Champion.Nodes.Length, Regex.Matches(dot, @"^\s*n\d+ \[label=", RegexOptions.Multiline).Count);
    }

    [Fact]
    public void Recurrent_back_edges_are_marked_and_drawn_dashed()
    {
        NodeGene[] nodes =
        [
            new(0, NodeKind.Bias, Core.Activation.ActivationFunction.Linear), new(1, NodeKind.Input, Core.Activation.ActivationFunction.Linear),
            new(2, NodeKind.Output, Core.Activation.ActivationFunction.Linear), new(3, NodeKind.Hidden, Core.Activation.ActivationFunction.Tanh),
        ];
        var g = new Genome(1, 1, nodes, [new(0, 1, 3, 1, true), new(1, 3, 2, 1, true), new(2, 3, 3, 1, true), new(3, 2, 3, 1, true)], recurrent: true);
        var (_, edges, _, _) = TopologyLayout.Compute(g, ["x"], ["y"]);
        Assert.Equal(2, edges.Count(e => e.IsBackEdge)); // the self-loop and output -> hidden close cycles
        string svg = SvgRenderer.Render(g, ["x"], ["y"]);
        Assert.Equal(2, Regex.Matches(svg, "class=\"edge back\"").Count);
    }

    [Fact]
    public void Image_sized_inputs_draw_only_the_pixels_a_connection_reads()
    {
        // 64 inputs, two of them (ids 5 and 40) wired to the single output; the bias is wired too.
        var nodes = new List<NodeGene> { new(0, NodeKind.Bias, Core.Activation.ActivationFunction.Linear) };
        nodes.AddRange(Enumerable.Range(1, 64).Select(i => new NodeGene(i, NodeKind.Input, Core.Activation.ActivationFunction.Linear)));
        nodes.Add(new NodeGene(65, NodeKind.Output, Core.Activation.ActivationFunction.Linear));
        var g = new Genome(64, 1, nodes, [new(0, 5, 65, 1, true), new(1, 40, 65, 1, true), new(2, 7, 65, 1, false), new(3, 0, 65, 1, true)]);

        var (placed, edges, _, height) = TopologyLayout.Compute(g, [], ["y"]);

        Assert.Equal([0, 5, 40, 65], placed.Select(n => n.Id).Order());
        Assert.Equal(3, edges.Count);
        Assert.True(height < 2 * TopologyLayout.Margin + 4 * TopologyLayout.RowGap, $"height {height}");

        // Up to 32 inputs every input is drawn, wired or not.
        var small = new Genome(3, 1, [nodes[0], nodes[1], nodes[2], nodes[3], new NodeGene(4, NodeKind.Output, Core.Activation.ActivationFunction.Linear)], [new(0, 1, 4, 1, true)]);
        Assert.Equal(5, TopologyLayout.Compute(small, [], ["y"]).Nodes.Count);
    }
}
