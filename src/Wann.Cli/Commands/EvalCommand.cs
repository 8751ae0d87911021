using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wann.Core.Evaluation;
using Wann.Core.Persistence;
using Wann.Core.Tasks;

namespace Wann.Cli.Commands;

/// <summary><c>wann eval GENOME</c>: scores a genome the ways Table 1 of the WANN paper does.</summary>
internal static class EvalCommand
{
    private static readonly double[] DefaultWeights = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    public static Command Create()
    {
        var genome = new Argument<string>("genome") { Description = "Genome file (champion.json or any genome JSON)." };
        var episodes = new Option<int>("--episodes") { Description = "Episodes per mode.", DefaultValueFactory = _ => 100 };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the evaluation episodes.", DefaultValueFactory = _ => 20190605UL };
        var json = new Option<bool>("--json") { Description = "Print one JSON object instead of a table." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => 0 };
        var task = new Option<string?>("--task") { Description = "Task of a WANN reference .out network (JSON genomes name their own)." };
        var ownWeights = new Option<bool>("--own-weights") { Description = "Also score the genome's own individual weights (the paper's 'tuned weights' column)." };
        var command = new Command("eval", "Score a genome (Wann JSON or WANN reference .out): random individual weights, random shared weight, tuned shared weight, each weight of the set, and optionally its own weights.")
        {
            genome, episodes, seed, json, threads, task, ownWeights,
        };
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            PluginOption.Load(parse, plugins);
            string path = parse.GetValue(genome)!;
            int n = parse.GetValue(episodes);
            if (n < 2 || n > 1_000_000)
            {
                throw new UsageException($"--episodes: found {n}, expected a whole number in [2, 1000000].");
            }

            FlagChecks.Threads("--threads", parse.GetValue(threads));

            GenomeDocument document = GenomeSource.Load(path, parse.GetValue(task));
            WannTask wannTask = TaskRegistry.Get(document.Task);
            var settings = new AssessmentSettings(n, parse.GetValue(seed), DefaultWeights, OwnWeights: parse.GetValue(ownWeights), Threads: parse.GetValue(threads));
            if (wannTask.GetCapability<IAssessmentCapability>() is IAssessmentCapability assessment)
            {
                // The task's own assessment (classification: test accuracies); no switch on task types here.
                AssessmentTable own = assessment.Assess(document.Genome, wannTask, settings);
                if (parse.GetValue(json))
                {
                    Console.WriteLine(own.Json);
                }
                else
                {
                    Print(path, own);
                }

                return Task.FromResult(0);
            }

            AssessmentReport report = ChampionAssessment.Assess(document.Genome, wannTask, settings);
            if (parse.GetValue(json))
            {
                Console.WriteLine(ToJson(report));
            }
            else
            {
                Print(path, wannTask.Name, report);
            }

            return Task.FromResult(0);
        }));
        return command;
    }

    private static void Print(string path, string task, AssessmentReport r)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{path}[/]: task {task}, {r.Connections} connections, {r.RandomShared.Episodes} episodes per mode");
        var table = new Table().AddColumns("mode", "mean", "sd");
        void Row(string mode, ScoreSummary s) => table.AddRow(mode, s.Mean.ToString("F1", CultureInfo.InvariantCulture), s.Sd.ToString("F1", CultureInfo.InvariantCulture));
        Row("random weights U(-2,2)", r.RandomWeights);
        Row("random shared weight U(-2,2)", r.RandomShared);
        Row($"tuned shared weight ({r.TunedWeight.ToString("0.###", CultureInfo.InvariantCulture)})", r.TunedShared);
        foreach (var (weight, score) in r.PerWeight)
        {
            Row($"shared weight {weight.ToString("0.###", CultureInfo.InvariantCulture)}", score);
        }

        if (r.OwnWeights is not null)
        {
            Row("own weights", r.OwnWeights);
        }

        AnsiConsole.Write(table);
    }

    private static void Print(string path, AssessmentTable t)
    {
        AnsiConsole.MarkupLineInterpolated($"[bold]{path}[/]: {t.Heading}");
        var table = new Table();
        foreach (string column in t.Columns)
        {
            table.AddColumn(Markup.Escape(column));
        }

        foreach (IReadOnlyList<string> row in t.Rows)
        {
            table.AddRow([.. row.Select(Markup.Escape)]);
        }

        AnsiConsole.Write(table);
    }

    private static string ToJson(AssessmentReport r)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            void Summary(string name, ScoreSummary s, double? weight = null)
            {
                w.WriteStartObject(name);
                if (weight is double tuned)
                {
                    w.WriteNumber("weight", tuned);
                }

                w.WriteNumber("mean", s.Mean);
                w.WriteNumber("sd", s.Sd);
                w.WriteEndObject();
            }

            w.WriteStartObject();
            w.WriteNumber("connections", r.Connections);
            Summary("randomWeights", r.RandomWeights);
            Summary("randomShared", r.RandomShared);
            Summary("tunedShared", r.TunedShared, r.TunedWeight);
            w.WriteStartObject("perWeight");
            foreach (var (weight, score) in r.PerWeight)
            {
                Summary(weight.ToString(CultureInfo.InvariantCulture), score);
            }

            w.WriteEndObject();
            if (r.OwnWeights is not null)
            {
                Summary("ownWeights", r.OwnWeights);
            }

            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
