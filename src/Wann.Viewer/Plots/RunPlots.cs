using System.Globalization;
using ScottPlot;
using Wann.Core.Persistence;

namespace Wann.Viewer.Plots;

/// <summary>Plots of a run folder's <c>metrics.csv</c>: fitness per generation, and the champion's connections.</summary>
public static class RunPlots
{
    /// <summary>Reads metrics.csv and writes fitness.png/.svg and connections.png/.svg to <paramref name="outputFolder"/>.</summary>
    /// <param name="runFolder">The run folder.</param>
    /// <param name="outputFolder">Where the pictures go.</param>
    /// <returns>The files written.</returns>
    /// <exception cref="InputFileException">metrics.csv is missing or malformed.</exception>
    public static IReadOnlyList<string> Write(string runFolder, string outputFolder)
    {
        string path = Path.Combine(runFolder, "metrics.csv");
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no metrics here; is {runFolder} a run folder?");
        }

        string[] lines = File.ReadAllLines(path);
        string[] header = lines.Length > 0 ? lines[0].Split(',') : [];
        int Column(string name) => Array.IndexOf(header, name) is int i && i >= 0
            ? i
            : throw new InputFileException($"{path}: the header has no column \"{name}\" (expected {RunFolder.MetricsHeader}).");
        int generation = Column("generation");
        int best = Column("best_mean");
        int median = Column("median_mean");
        int average = Column("average_mean");
        int bestMax = Column("best_max");
        int champion = Column("champion_mean");
        int connections = Column("champion_connections");
        var rows = new List<double[]>();
        for (int i = 1; i < lines.Length; i++)
        {
            string[] cells = lines[i].Split(',');
            var row = new double[header.Length];
            for (int c = 0; c < header.Length; c++)
            {
                if (c < cells.Length && double.TryParse(cells[c], NumberStyles.Float, CultureInfo.InvariantCulture, out double v))
                {
                    row[c] = v;
                }
            }

            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            throw new InputFileException($"{path}: no generations yet.");
        }

        double[] Series(int c) => [.. rows.Select(r => r[c])];
        double[] xs = Series(generation);
        Directory.CreateDirectory(outputFolder);
        var written = new List<string>();

        var fitness = new Plot();
        fitness.Add.Scatter(xs, Series(bestMax)).LegendText = "best max (best single weight)";
        fitness.Add.Scatter(xs, Series(best)).LegendText = "best mean";
        fitness.Add.Scatter(xs, Series(champion)).LegendText = "champion (validated mean)";
        fitness.Add.Scatter(xs, Series(median)).LegendText = "median mean";
        fitness.Add.Scatter(xs, Series(average)).LegendText = "average mean";
        fitness.XLabel("generation");
        fitness.YLabel("score");
        fitness.Title(Path.GetFileName(Path.GetFullPath(runFolder).TrimEnd(Path.DirectorySeparatorChar)));
        fitness.ShowLegend(Alignment.LowerRight);
        written.AddRange(PlotFiles.Save(fitness, outputFolder, "fitness"));

        var size = new Plot();
        size.Add.Scatter(xs, Series(connections)).LegendText = "champion connections";
        size.XLabel("generation");
        size.YLabel("connections");
        size.ShowLegend(Alignment.UpperLeft);
        written.AddRange(PlotFiles.Save(size, outputFolder, "connections"));
        return written;
    }
}
