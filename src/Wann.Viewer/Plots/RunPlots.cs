using ScottPlot;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Files;

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

        IReadOnlyList<GenerationReport> rows = MetricsCsv.Read(path);
        if (rows.Count == 0)
        {
            throw new InputFileException($"{path}: no generations yet.");
        }

        double[] Series(Func<GenerationReport, double> column) => [.. rows.Select(column)];
        double[] xs = Series(r => r.Generation);
        Directory.CreateDirectory(outputFolder);
        var written = new List<string>();

        var fitness = new Plot();
        fitness.Add.Scatter(xs, Series(r => r.BestMax)).LegendText = "best max (best single weight)";
        fitness.Add.Scatter(xs, Series(r => r.BestMean)).LegendText = "best mean";
        fitness.Add.Scatter(xs, Series(r => r.ChampionMean)).LegendText = "champion (validated mean)";
        fitness.Add.Scatter(xs, Series(r => r.MedianMean)).LegendText = "median mean";
        fitness.Add.Scatter(xs, Series(r => r.AverageMean)).LegendText = "average mean";
        fitness.XLabel("generation");
        fitness.YLabel("score");
        fitness.Title(Path.GetFileName(Path.GetFullPath(runFolder).TrimEnd(Path.DirectorySeparatorChar)));
        fitness.ShowLegend(Alignment.LowerRight);
        written.AddRange(PlotFiles.Save(fitness, outputFolder, "fitness"));

        var size = new Plot();
        size.Add.Scatter(xs, Series(r => r.ChampionConnections)).LegendText = "champion connections";
        size.XLabel("generation");
        size.YLabel("connections");
        size.ShowLegend(Alignment.UpperLeft);
        written.AddRange(PlotFiles.Save(size, outputFolder, "connections"));
        return written;
    }
}
