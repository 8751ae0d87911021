using MathNet.Numerics.Statistics;
using ScottPlot;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Viewer.Plots;

/// <summary>
/// A study's pictures (PNG and SVG): per metric the runs of each arm as points with their median and quartiles
/// (box-and-strip), the champions' validated score over generations as each arm's median with its interquartile
/// band, and the empirical distribution (ECDF) of a final score per arm.
/// </summary>
public static class StudyPlots
{
    /// <summary>Writes the study's plots into <paramref name="folder"/>.</summary>
    /// <param name="folder">The study folder.</param>
    /// <param name="arms">The arms, in order.</param>
    /// <param name="ecdfMetric">The metric whose ECDF is drawn (e.g. <c>randomShared</c>).</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(string folder, IReadOnlyList<StudyArmData> arms, string ecdfMetric)
    {
        ArgumentNullException.ThrowIfNull(arms);
        var written = new List<string>();
        if (arms.Count == 0)
        {
            return written;
        }

        foreach (string metric in arms[0].Metrics.Keys)
        {
            written.AddRange(PlotFiles.Save(BoxAndStrip(arms, metric), folder, $"box-{metric}"));
        }

        written.AddRange(PlotFiles.Save(Curves(arms), folder, "curves-champion"));
        if (arms[0].Metrics.ContainsKey(ecdfMetric))
        {
            written.AddRange(PlotFiles.Save(Ecdf(arms, ecdfMetric), folder, $"ecdf-{ecdfMetric}"));
        }

        return written;
    }

    private static Plot BoxAndStrip(IReadOnlyList<StudyArmData> arms, string metric)
    {
        var plot = new Plot();
        var ticks = new List<Tick>();
        for (int a = 0; a < arms.Count; a++)
        {
            double[] values = arms[a].Metrics[metric];
            var xs = new double[values.Length];
            for (int i = 0; i < xs.Length; i++)
            {
                // A fixed spread (no randomness): the picture is the same every time.
                xs[i] = a + (values.Length > 1 ? -0.15 + (0.3 * i / (values.Length - 1)) : 0);
            }

            var points = plot.Add.Scatter(xs, values);
            points.LineWidth = 0;
            points.MarkerSize = 8;
            double q1 = values.QuantileCustom(0.25, QuantileDefinition.R7);
            double median = values.QuantileCustom(0.5, QuantileDefinition.R7);
            double q3 = values.QuantileCustom(0.75, QuantileDefinition.R7);
            var box = new[] { (q1, 1f), (median, 3f), (q3, 1f) };
            foreach ((double y, float width) in box)
            {
                var line = plot.Add.Line(a - 0.3, y, a + 0.3, y);
                line.LineWidth = width;
                line.LineColor = points.Color;
            }

            plot.Add.Line(a - 0.3, q1, a - 0.3, q3).LineColor = points.Color;
            plot.Add.Line(a + 0.3, q1, a + 0.3, q3).LineColor = points.Color;
            ticks.Add(new Tick(a, arms[a].Name));
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual([.. ticks]);
        plot.Axes.SetLimitsX(-0.6, arms.Count - 0.4);
        plot.YLabel(metric);
        plot.Title($"{metric}: runs, median (thick) and quartiles per arm");
        return plot;
    }

    private static Plot Curves(IReadOnlyList<StudyArmData> arms)
    {
        var plot = new Plot();
        foreach (StudyArmData arm in arms)
        {
            var runs = new List<IReadOnlyList<GenerationReport>>();
            foreach (string run in arm.RunFolders)
            {
                string path = Path.Combine(run, "metrics.csv");
                if (File.Exists(path))
                {
                    runs.Add(MetricsCsv.Read(path));
                }
            }

            int generations = runs.Count == 0 ? 0 : runs.Min(r => r.Count);
            if (generations == 0)
            {
                continue;
            }

            var xs = new double[generations];
            var median = new double[generations];
            var low = new double[generations];
            var high = new double[generations];
            var column = new double[runs.Count];
            for (int g = 0; g < generations; g++)
            {
                for (int r = 0; r < runs.Count; r++)
                {
                    column[r] = runs[r][g].ChampionMean;
                }

                xs[g] = g;
                median[g] = column.QuantileCustom(0.5, QuantileDefinition.R7);
                low[g] = column.QuantileCustom(0.25, QuantileDefinition.R7);
                high[g] = column.QuantileCustom(0.75, QuantileDefinition.R7);
            }

            var band = plot.Add.FillY(xs, low, high);
            var line = plot.Add.Scatter(xs, median);
            line.MarkerSize = 0;
            line.LegendText = $"{arm.Name} (median of {runs.Count})";
            band.FillColor = line.Color.WithAlpha(0.25);
            band.LineWidth = 0;
        }

        plot.XLabel("generation");
        plot.YLabel("champion's validated mean");
        plot.Title("Champion score: median over seeds with interquartile band");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }

    private static Plot Ecdf(IReadOnlyList<StudyArmData> arms, string metric)
    {
        var plot = new Plot();
        foreach (StudyArmData arm in arms)
        {
            double[] sorted = [.. arm.Metrics[metric].Order()];
            int n = sorted.Length;
            var xs = new double[2 * n];
            var ys = new double[2 * n];
            for (int i = 0; i < n; i++)
            {
                xs[2 * i] = sorted[i];
                ys[2 * i] = (double)i / n;
                xs[(2 * i) + 1] = sorted[i];
                ys[(2 * i) + 1] = (double)(i + 1) / n;
            }

            var line = plot.Add.Scatter(xs, ys);
            line.MarkerSize = 0;
            line.LegendText = arm.Name;
        }

        plot.XLabel(metric);
        plot.YLabel("fraction of runs at or below");
        plot.Title($"ECDF of {metric} over seeds");
        plot.ShowLegend(Alignment.LowerRight);
        return plot;
    }
}
