using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Environments.Digits;
using Wann.Pruning.Comparison;
using Wann.Pruning.Data;
using Wann.Viewer.Plots;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary><c>wann compare CONFIG [--out DIR]</c>: WANN champions beside pruned dense networks, as a Markdown report and a plot.</summary>
internal static class CompareCommand
{
    public static Command Create()
    {
        var config = new Argument<string>("config") { Description = "Comparison config (see experiments/compare-mnist.json)." };
        var output = new Option<string?>("--out") { Description = "Output folder (default: runs/compare-<name>-<timestamp>)." };
        var command = new Command("compare", "Put WANN champions and pruning methods side by side: test accuracy against connections, with every pruning method trained down to each champion's connection count; writes report.md and compare.png/.svg.")
        {
            config, output,
        };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            ComparisonSettings settings = ComparisonConfig.Load(parse.GetValue(config)!);
            string folder = parse.GetValue(output) ?? Path.Combine("runs", $"compare-{settings.Name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
            Directory.CreateDirectory(folder);
            MnistData mnist = MnistData.LoadDefault();
            AnsiConsole.MarkupLineInterpolated($"[bold]wann compare {settings.Name}[/]: {settings.WannGenomes.Count} WANN champion(s), {settings.MatchedMethods.Count} matched method(s), {settings.PruningResults.Count} pruning stud(ies) -> {folder}");
            ComparisonResult result = WannVersusPruning.Run(
                settings,
                DenseDataset.FromDigits(mnist.Train16),
                DenseDataset.FromDigits(mnist.Test16),
                new ClassificationChampionScorer(),
                line => AnsiConsole.MarkupLineInterpolated($"  {line}"));

            var series = new List<AccuracySeries>();
            foreach (var group in result.Curves.GroupBy(c => (c.File, c.Point.Series)))
            {
                string study = Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(group.Key.File))) ?? group.Key.File;
                series.Add(new AccuracySeries($"{group.Key.Series} ({study})", [.. group.Select(g => (double)g.Point.Remaining)], [.. group.Select(g => g.Point.TestAccuracy)]));
            }

            foreach (var group in result.Matched.GroupBy(m => m.Method))
            {
                series.Add(new AccuracySeries($"{group.Key} at the WANN's count", [.. group.Select(m => (double)m.Remaining)], [.. group.Select(m => m.TestAccuracy)], PointsOnly: true));
            }

            series.Add(new AccuracySeries("WANN ensemble", [.. result.Wann.Select(w => (double)w.Report.Connections)], [.. result.Wann.Select(w => w.Report.Ensemble)], PointsOnly: true));
            series.Add(new AccuracySeries("WANN tuned shared weight", [.. result.Wann.Select(w => (double)w.Report.Connections)], [.. result.Wann.Select(w => w.Report.Tuned)], PointsOnly: true));
            AccuracyPlot.Write(folder, "compare", $"{settings.Name}: test accuracy against connections", series);
            string report = Path.Combine(folder, "report.md");
            AtomicFile.WriteAllText(report, ComparisonReport.ToMarkdown(result, "compare.png"));
            AnsiConsole.MarkupLineInterpolated($"wrote {report} and {Path.Combine(folder, "compare.png")} (.svg)");
            return Task.FromResult(0);
        }));
        return command;
    }
}
