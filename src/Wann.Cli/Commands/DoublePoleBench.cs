using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wann.Core.Benchmarking;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary>The <c>wann bench doublepole</c> report: N seeded NEAT runs per variant beside the published table.</summary>
internal static class DoublePoleBench
{
    public static async Task<int> RunAsync(int runs, string variant, bool json, int threads, string? configFile = null)
    {
        var results = new Dictionary<string, List<DoublePoleRun>>();
        foreach ((string name, string file) in new[] { ("markov", "doublepole-neat.json"), ("nonmarkov", "doublepole-novel-neat.json") })
        {
            if (variant != "both" && variant != name)
            {
                continue;
            }

            ExperimentConfig config = ExperimentConfigLoader.Load(configFile ?? ExperimentPaths.Default(file));
            var list = new List<DoublePoleRun>();
            for (int r = 0; r < runs; r++)
            {
                DoublePoleRun run = await DoublePoleBenchmark.RunAsync(config, DoublePoleBenchmark.RunSeed(config.Seed, r), threads).ConfigureAwait(false);
                list.Add(run);
                if (!json)
                {
                    // The colour tag is markup of its own; only the interpolated values are escaped.
                    AnsiConsole.Markup(run.Solved ? "[green]solved[/] " : "[red]not solved[/] ");
                    AnsiConsole.MarkupLineInterpolated($"({name} run {r + 1}/{runs}) after {run.Evaluations:N0} evaluations ({run.PopulationEvaluations:N0} by NEAT's formula), {run.Generations} generations{(run.Generalization is int g ? $", generalisation {g}/625" : string.Empty)}, {run.Seconds:F1} s");
                }
            }

            results[name] = list;
        }

        if (json)
        {
            var document = new Dictionary<string, object?>();
            foreach (var (name, list) in results)
            {
                document[name] = Summary(list, name == "nonmarkov");
            }

            Console.WriteLine(JsonSerializer.Serialize(document));
            return 0;
        }

        var table = new Table().AddColumns("variant", "runs", "solved", "median evaluations", "mean", "min", "max", "median generalisation", "median by NEAT's formula", "wall time");
        foreach (var (name, list) in results)
        {
            long[] solved = [.. list.Where(r => r.Solved).Select(r => r.Evaluations).Order()];
            int[] general = [.. list.Where(r => r.Generalization is not null).Select(r => r.Generalization!.Value).Order()];
            table.AddRow(name, list.Count.ToString(CultureInfo.InvariantCulture), solved.Length.ToString(CultureInfo.InvariantCulture),
                solved.Length > 0 ? Median(solved).ToString("N0", CultureInfo.InvariantCulture) : "-",
                solved.Length > 0 ? solved.Average().ToString("N0", CultureInfo.InvariantCulture) : "-",
                solved.Length > 0 ? solved[0].ToString("N0", CultureInfo.InvariantCulture) : "-",
                solved.Length > 0 ? solved[^1].ToString("N0", CultureInfo.InvariantCulture) : "-",
                general.Length > 0 ? MathNet.Numerics.Statistics.Statistics.Median(general.Select(v => (double)v)).ToString(CultureInfo.InvariantCulture) : "-",
                solved.Length > 0 ? Median([.. list.Where(r => r.Solved).Select(r => r.PopulationEvaluations).Order()]).ToString("N0", CultureInfo.InvariantCulture) : "-",
                $"{list.Sum(r => r.Seconds):F0} s");
        }

        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine("Evaluations count every network evaluation, the 100,000-step and 625-start tests included; NEAT's formula (its pole2_test) counts population evaluations up to the winner only.");
        AnsiConsole.MarkupLine("Published (Stanley & Miikkulainen 2002): with velocities NEAT 3,600, ESP 3,800 evaluations; without velocities (damping fitness) NEAT 33,184, ESP 169,466. CoSyNE (Gomez et al. 2008, unverified here): 954 and 3,416.");
        return 0;
    }

    private static object Summary(List<DoublePoleRun> list, bool nonMarkov)
    {
        long[] solved = [.. list.Where(r => r.Solved).Select(r => r.Evaluations).Order()];
        int[] general = [.. list.Where(r => r.Generalization is not null).Select(r => r.Generalization!.Value).Order()];
        var summary = new Dictionary<string, object?>
        {
            ["runs"] = list.Count,
            ["solved"] = solved.Length,
            ["medianEvaluations"] = solved.Length > 0 ? Median(solved) : null,
            ["meanEvaluations"] = solved.Length > 0 ? solved.Average() : null,
            ["medianPopulationEvaluations"] = solved.Length > 0 ? Median([.. list.Where(r => r.Solved).Select(r => r.PopulationEvaluations).Order()]) : null,
            ["generalization"] = null,
        };
        if (nonMarkov)
        {
            summary["medianGeneralization"] = general.Length > 0 ? MathNet.Numerics.Statistics.Statistics.Median(general.Select(v => (double)v)) : null;
        }

        return summary;
    }

    private static double Median(long[] values) => MathNet.Numerics.Statistics.Statistics.Median(values.Select(v => (double)v));
}
