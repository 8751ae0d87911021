using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Environments.Digits;
using Wann.Pruning.Data;
using Wann.Pruning.Studies;
using Wann.Viewer.Plots;

namespace Wann.Cli.Commands;

/// <summary><c>wann prune CONFIG [--out DIR] [--json]</c>: runs a pruning study and writes accuracy against remaining connections.</summary>
internal static class PruneCommand
{
    public static Command Create()
    {
        var config = new Argument<string>("config") { Description = "Pruning-study config (see experiments/lth-lenet300.json)." };
        var output = new Option<string?>("--out") { Description = "Output folder (default: runs/prune-<name>-<timestamp>)." };
        var json = new Option<bool>("--json") { Description = "Print the points as one JSON object at the end." };
        var command = new Command("prune", "Run a pruning study (magnitude, OBD, Lottery Ticket, SynFlow, SNIP, random) on dense networks; write points.csv and accuracy.png/.svg (test accuracy against remaining connections).")
        {
            config, output, json,
        };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string path = parse.GetValue(config)!;
            IReadOnlyList<PruningStudySettings> studies = PruningStudyConfig.Load(path);
            string name = studies[0].Name;
            string folder = parse.GetValue(output) ?? Path.Combine("runs", $"prune-{name}-{DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}");
            Directory.CreateDirectory(folder);
            File.Copy(path, Path.Combine(folder, "config.json"), overwrite: true);

            MnistData mnist = MnistData.LoadDefault();
            bool small = studies[0].Data == "mnist256";
            DenseDataset train = DenseDataset.FromDigits(small ? mnist.Train16 : mnist.Train);
            DenseDataset test = DenseDataset.FromDigits(small ? mnist.Test16 : mnist.Test);
            bool quiet = parse.GetValue(json);
            if (!quiet)
            {
                AnsiConsole.MarkupLineInterpolated($"[bold]wann prune {name}[/]: {studies.Count} method(s) on {studies[0].Data}, hidden {string.Join("-", studies[0].Hidden)}, {studies[0].Training.Iterations:N0} iterations per training -> {folder}");
            }

            var points = new List<PruningPoint>();
            string csv = Path.Combine(folder, "points.csv");
            foreach (PruningStudySettings study in studies)
            {
                PruningStudy.Run(study, train, test, p =>
                {
                    points.Add(p);
                    PruningCsv.Write(csv, points); // after every point, so an interrupted study keeps what it measured
                    if (!quiet)
                    {
                        AnsiConsole.MarkupLineInterpolated($"  {p.Series,-24} round {p.Round,2}: {p.Remaining,9:N0} of {p.Total:N0} weights ({100 * p.Density,7:F3}%), test accuracy {100 * p.TestAccuracy:F2}%{(p.Collapsed ? " (layer collapse)" : string.Empty)}, {p.Seconds:F0} s");
                    }
                });
            }

            var series = points.GroupBy(p => p.Series)
                .Select(g => new AccuracySeries(g.Key, [.. g.Select(p => (double)p.Remaining)], [.. g.Select(p => p.TestAccuracy)]))
                .ToList();
            IReadOnlyList<string> pictures = AccuracyPlot.Write(folder, "accuracy", $"{name}: test accuracy against remaining weights", series);
            if (quiet)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    name,
                    points = points.Select(p => new { series = p.Series, round = p.Round, remaining = p.Remaining, total = p.Total, density = p.Density, testAccuracy = p.TestAccuracy, collapsed = p.Collapsed }),
                }));
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"wrote {csv}, {string.Join(", ", pictures)}");
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
