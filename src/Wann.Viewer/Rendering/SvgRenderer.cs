using System.Globalization;
using System.Security;
using System.Text;
using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Viewer.Layout;

namespace Wann.Viewer.Rendering;

/// <summary>
/// Draws a genome as a self-contained SVG: no external program or font file is needed. Every node is a
/// <c>circle</c> with class <c>node</c> and a <c>data-id</c>, every enabled connection a <c>path</c> with
/// class <c>edge</c> (back edges of recurrent genomes dashed and curved), hidden nodes carry their
/// activation's colour and curve, and hovering a node shows its activation (an SVG <c>title</c>).
/// </summary>
public static class SvgRenderer
{
    private const double Radius = 14;

    /// <summary>Renders a genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="inputNames">Input names for the labels.</param>
    /// <param name="outputNames">Output names for the labels.</param>
    /// <returns>SVG text.</returns>
    public static string Render(Genome genome, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames)
    {
        var (nodes, edges, width, height) = TopologyLayout.Compute(genome, inputNames, outputNames);
        var at = nodes.ToDictionary(n => n.Id);
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width:F0}\" height=\"{height:F0}\" viewBox=\"0 0 {width:F0} {height:F0}\" font-family=\"sans-serif\" font-size=\"12\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<rect width=\"{width:F0}\" height=\"{height:F0}\" fill=\"white\"/>\n");
        svg.Append("<g class=\"edges\" fill=\"none\" stroke=\"#555\" stroke-opacity=\"0.55\">\n");
        foreach (PlacedEdge e in edges)
        {
            PlacedNode s = at[e.Source];
            PlacedNode t = at[e.Target];
            string d = e.IsBackEdge
                ? string.Create(CultureInfo.InvariantCulture, $"M{s.X:F1},{s.Y:F1} C{s.X:F1},{s.Y - 70:F1} {t.X:F1},{t.Y - 70:F1} {t.X:F1},{t.Y:F1}")
                : string.Create(CultureInfo.InvariantCulture, $"M{s.X:F1},{s.Y:F1} L{t.X:F1},{t.Y:F1}");
            string dash = e.IsBackEdge ? " stroke-dasharray=\"5,4\" stroke=\"#c0392b\"" : string.Empty;
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"edge{(e.IsBackEdge ? " back" : string.Empty)}\" data-source=\"{e.Source}\" data-target=\"{e.Target}\" d=\"{d}\"{dash}/>\n");
        }

        svg.Append("</g>\n<g class=\"nodes\">\n");
        foreach (PlacedNode n in nodes)
        {
            string fill = n.Kind == NodeKind.Hidden ? ActivationStyle.Color(n.Activation) : n.Kind == NodeKind.Output ? "#ffffff" : "#eeeeee";
            string name = ActivationFunctions.NameOf(n.Activation);
            string title = n.Kind switch
            {
                NodeKind.Hidden => $"node {n.Id}: {name}",
                NodeKind.Output => $"output {n.Label}: {name}",
                _ => $"{n.Kind.ToString().ToLowerInvariant()} {n.Label}",
            };
            svg.Append(CultureInfo.InvariantCulture, $"<g class=\"node {n.Kind.ToString().ToLowerInvariant()}\" data-id=\"{n.Id}\" data-activation=\"{name}\"><title>{Escape(title)}</title>");
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"node\" cx=\"{n.X:F1}\" cy=\"{n.Y:F1}\" r=\"{Radius}\" fill=\"{fill}\" stroke=\"#333\"/>");
            if (n.Kind is NodeKind.Hidden or NodeKind.Output)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<polyline points=\"{ActivationStyle.SvgPoints(n.Activation, n.X, n.Y, Radius * 0.6)}\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.2\"/>");
            }

            if (n.Label.Length > 0)
            {
                bool left = n.Kind is NodeKind.Input or NodeKind.Bias;
                double x = left ? n.X - Radius - 6 : n.X + Radius + 6;
                svg.Append(CultureInfo.InvariantCulture, $"<text class=\"label\" x=\"{x:F1}\" y=\"{n.Y + 4:F1}\" text-anchor=\"{(left ? "end" : "start")}\">{Escape(n.Label)}</text>");
            }

            svg.Append("</g>\n");
        }

        svg.Append("</g>\n");
        svg.Append(Legend(genome, height));
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static string Legend(Genome genome, double height)
    {
        var used = genome.Nodes.Where(n => n.Kind == NodeKind.Hidden).Select(n => n.Activation).Distinct().OrderBy(a => (int)a).ToList();
        var text = new StringBuilder("<g class=\"legend\">");
        double x = 10;
        foreach (ActivationFunction f in used)
        {
            text.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x:F0}\" y=\"{height - 22:F0}\" width=\"10\" height=\"10\" fill=\"{ActivationStyle.Color(f)}\"/><text x=\"{x + 14:F0}\" y=\"{height - 13:F0}\">{ActivationFunctions.NameOf(f)}</text>");
            x += 24 + (7 * ActivationFunctions.NameOf(f).Length);
        }

        return text.Append("</g>\n").ToString();
    }

    private static string Escape(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
