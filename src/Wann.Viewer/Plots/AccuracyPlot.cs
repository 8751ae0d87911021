using ScottPlot;

namespace Wann.Viewer.Plots;

/// <summary>Accuracy against number of connections on a logarithmic axis: pruning curves and WANN champions side by side.</summary>
public static class AccuracyPlot
{
    /// <summary>Writes <paramref name="name"/>.png and .svg.</summary>
    /// <param name="folder">Output folder (created if needed).</param>
    /// <param name="name">File name without extension.</param>
    /// <param name="title">Plot title.</param>
    /// <param name="series">The curves and point sets.</param>
    /// <returns>The files written.</returns>
    public static IReadOnlyList<string> Write(string folder, string name, string title, IReadOnlyList<AccuracySeries> series)
    {
        Directory.CreateDirectory(folder);
        var plot = new Plot();
        foreach (AccuracySeries s in series)
        {
            // Log axis by hand: x is log10(connections), tick labels show the connection count.
            double[] xs = [.. s.Connections.Select(c => Math.Log10(Math.Max(1, c)))];
            double[] ys = [.. s.Accuracy.Select(a => 100 * a)];
            var scatter = plot.Add.Scatter(xs, ys);
            scatter.LegendText = s.Name;
            if (s.PointsOnly)
            {
                scatter.LineWidth = 0;
                scatter.MarkerSize = 12;
                scatter.MarkerShape = MarkerShape.FilledDiamond;
            }
        }

        var ticks = new ScottPlot.TickGenerators.NumericAutomatic
        {
            MinorTickGenerator = new ScottPlot.TickGenerators.LogMinorTickGenerator(),
            IntegerTicksOnly = true,
            LabelFormatter = x => Math.Pow(10, x).ToString("N0", System.Globalization.CultureInfo.InvariantCulture),
        };
        plot.Axes.Bottom.TickGenerator = ticks;
        plot.XLabel("connections (log scale)");
        plot.YLabel("test accuracy (%)");
        plot.Title(title);
        plot.ShowLegend(Alignment.LowerRight);
        return [.. PlotFiles.Save(plot, folder, name)];
    }
}
