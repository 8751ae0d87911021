using System.Globalization;
using System.Text;

namespace Wann.Pruning.Comparison;

/// <summary>Writes a comparison as Markdown: the WANN champions, the matched pruning runs, and a summary of each pruning curve.</summary>
public static class ComparisonReport
{
    /// <summary>Formats the report.</summary>
    /// <param name="r">The comparison.</param>
    /// <param name="plotFile">The plot's file name, embedded as a picture (null: none).</param>
    /// <returns>Markdown text.</returns>
    public static string ToMarkdown(ComparisonResult r, string? plotFile)
    {
        static string P(double a) => (100 * a).ToString("F1", CultureInfo.InvariantCulture) + "%";
        var md = new StringBuilder();
        md.AppendLine(CultureInfo.InvariantCulture, $"# {r.Name}: weight agnostic networks beside pruned dense networks");
        md.AppendLine();
        md.AppendLine("Test accuracy on the 10,000 MNIST test images against the number of connections (weights).");
        md.AppendLine("WANN columns follow the WANN paper's MNIST table (paper: random shared weight 82.0% ± 18.7%, ensemble 91.6%, tuned 91.9%).");
        md.AppendLine();
        if (plotFile is not null)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"![accuracy against connections]({plotFile})");
            md.AppendLine();
        }

        md.AppendLine("## WANN champions");
        md.AppendLine();
        md.AppendLine("| genome | connections | random shared weight (mean ± sd) | ensemble of 6 weights | tuned shared weight |");
        md.AppendLine("|---|---|---|---|---|");
        foreach (WannEntry w in r.Wann)
        {
            var c = w.Report;
            md.AppendLine(CultureInfo.InvariantCulture, $"| `{w.File}` | {c.Connections:N0} | {P(c.RandomSharedMean)} ± {P(c.RandomSharedSd)} | {P(c.Ensemble)} | {P(c.Tuned)} (w = {c.TunedWeight.ToString("0.##", CultureInfo.InvariantCulture)}) |");
        }

        md.AppendLine();
        if (r.Matched.Count > 0)
        {
            md.AppendLine(CultureInfo.InvariantCulture, $"## Pruned to the same number of connections (dense network: {r.MatchedTotal:N0} weights, 16×16 inputs)");
            md.AppendLine();
            md.AppendLine("| connections of the WANN | method | weights kept | test accuracy |");
            md.AppendLine("|---|---|---|---|");
            foreach (MatchedResult m in r.Matched)
            {
                md.AppendLine(CultureInfo.InvariantCulture, $"| {m.TargetConnections:N0} | {m.Method} | {m.Remaining:N0} | {P(m.TestAccuracy)}{(m.Collapsed ? " (layer collapse)" : string.Empty)} |");
            }

            md.AppendLine();
        }

        if (r.Curves.Count > 0)
        {
            md.AppendLine("## Pruning studies");
            md.AppendLine();
            md.AppendLine("| study | series | dense accuracy | smallest network within 0.5 points of dense | smallest network trained |");
            md.AppendLine("|---|---|---|---|---|");
            foreach (var group in r.Curves.GroupBy(c => (c.File, c.Point.Series)))
            {
                var points = group.Select(g => g.Point).OrderByDescending(p => p.Remaining).ToList();
                var dense = points[0];
                var within = points.Where(p => p.TestAccuracy >= dense.TestAccuracy - 0.005).MinBy(p => p.Remaining)!;
                var smallest = points[^1];
                md.AppendLine(CultureInfo.InvariantCulture, $"| `{group.Key.File}` | {group.Key.Series} | {P(dense.TestAccuracy)} ({dense.Remaining:N0}) | {within.Remaining:N0} ({P(within.Density)} of weights): {P(within.TestAccuracy)} | {smallest.Remaining:N0}: {P(smallest.TestAccuracy)} |");
            }

            md.AppendLine();
        }

        return md.ToString();
    }
}
