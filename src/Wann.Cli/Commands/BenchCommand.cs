using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wann.Core.Benchmarking;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Cli.Commands;

/// <summary><c>wann bench [TASK] [--threads N] [--json]</c>: rollout throughput of the fast path beside the scalar baseline.</summary>
internal static class BenchCommand
{
    private static readonly double[] Weights = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    public static Command Create()
    {
        var task = new Argument<string>("task") { Description = "Task to benchmark (default swingup).", DefaultValueFactory = _ => "swingup" };
        var threads = new Option<int>("--threads") { Description = "Threads for the fast path (default: all cores).", DefaultValueFactory = _ => 0 };
        var seconds = new Option<double>("--seconds") { Description = "Measuring time per path.", DefaultValueFactory = _ => 5.0 };
        var reps = new Option<int>("--reps") { Description = "Episodes per weight value in one evaluation (the paper's swing-up: 3).", DefaultValueFactory = _ => 3 };
        var json = new Option<bool>("--json") { Description = "Print one JSON object." };
        var runs = new Option<int>("--runs") { Description = "doublepole: independent seeded NEAT runs per variant.", DefaultValueFactory = _ => 20 };
        var variant = new Option<string>("--variant") { Description = "doublepole: markov, nonmarkov or both.", DefaultValueFactory = _ => "both" };
        var config = new Option<string?>("--config") { Description = "doublepole: run this NEAT config instead of the shipped one (for ablations; needs --variant markov or nonmarkov)." };
        var command = new Command("bench", "Measure environment steps per second of the fast lane path and the scalar baseline; `wann bench doublepole` runs the classic NEAT double-pole benchmark.")
        {
            task, threads, seconds, reps, json, runs, variant, config,
        };
        ClusterFlags cluster = ClusterFlags.AddTo(command, "Time paper-config generations on a cluster's workers against the local evaluator.");
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            PluginOption.Load(parse, plugins);
            string name = parse.GetValue(task)!;
            if (name == "doublepole")
            {
                string v = parse.GetValue(variant)!;
                if (v is not ("markov" or "nonmarkov" or "both"))
                {
                    throw new UsageException($"--variant: found \"{v}\", expected markov, nonmarkov or both.");
                }

                int n = FlagChecks.Whole("--runs", parse.GetValue(runs), 1, 100_000);
                FlagChecks.Threads("--threads", parse.GetValue(threads));

                string? file = parse.GetValue(config);
                if (file is not null && v == "both")
                {
                    throw new UsageException("--config: one config runs one variant; add --variant markov or --variant nonmarkov.");
                }

                return DoublePoleBench.RunAsync(n, v, parse.GetValue(json), parse.GetValue(threads), file);
            }

            if (!TaskRegistry.Contains(name))
            {
                throw new UsageException($"task: found \"{name}\", expected one of: {string.Join(", ", TaskRegistry.Names)}.");
            }

            if (cluster.Resolve(parse) is Wann.Cluster.Hosting.ClusterSpec spec)
            {
                FlagChecks.Threads("--threads", parse.GetValue(threads));
                return ClusterBench.RunAsync(name, spec, generations: 15, parse.GetValue(threads), parse.GetValue(json));
            }

            int threadCount = FlagChecks.Threads("--threads", parse.GetValue(threads)) is > 0 and var t ? t : Environment.ProcessorCount;
            int repCount = FlagChecks.Whole("--reps", parse.GetValue(reps), 1, 1000);
            double measure = FlagChecks.Number("--seconds", parse.GetValue(seconds), 0.5, 3600);
            WannTask wannTask = TaskRegistry.Get(name);
            Genome genome = name switch
            {
                "swingup" => BenchmarkGenomes.PaperSwingUpChampion(),

                // The size of a 256-generation mnist256-quick champion: 233 connections from 5% initial wiring.
                _ when wannTask is ClassificationTask => BenchmarkGenomes.ChampionSized(wannTask.InputCount, wannTask.OutputCount, hidden: 38, connections: 233, initEnable: 0.05),
                _ => BenchmarkGenomes.ChampionSized(wannTask.InputCount, wannTask.OutputCount),
            };
            RolloutBenchmarkResult r = RolloutBenchmark.Run(wannTask, genome, Weights, repCount, threadCount, measure);
            if (parse.GetValue(json))
            {
                Console.WriteLine(ToJson(r));
                return Task.FromResult(0);
            }

            AnsiConsole.MarkupLineInterpolated($"[bold]wann bench {r.Task}[/]: network with {r.Connections} connections, {r.HiddenNodes} hidden nodes; {r.LanesPerEvaluation} lanes per evaluation");
            var table = new Table().AddColumns("path", "threads", "env steps/s", "evaluations/s");
            table.AddRow("fast (lanes, SIMD)", r.Threads.ToString(CultureInfo.InvariantCulture), F(r.EnvStepsPerSecond), F(r.EvaluationsPerSecond));
            bool hasScalar = !double.IsNaN(r.ScalarEnvStepsPerSecond);
            if (hasScalar)
            {
                table.AddRow("scalar baseline", "1", F(r.ScalarEnvStepsPerSecond), F(r.ScalarEvaluationsPerSecond));
            }

            AnsiConsole.Write(table);
            if (hasScalar)
            {
                AnsiConsole.MarkupLineInterpolated($"fast / scalar: {r.EnvStepsPerSecond / r.ScalarEnvStepsPerSecond:F1}x");
            }
            else
            {
                AnsiConsole.MarkupLineInterpolated($"(no scalar baseline: {r.Task} is not a control task; for classification an env step is one image classified)");
            }
            return Task.FromResult(0);
        }));
        return command;
    }

    /// <summary>The <c>--json</c> line of a rollout benchmark; a task without a scalar baseline (classification) has null there.</summary>
    internal static string ToJson(RolloutBenchmarkResult r) => JsonSerializer.Serialize(new
    {
        task = r.Task,
        envStepsPerSecond = r.EnvStepsPerSecond,
        evaluationsPerSecond = r.EvaluationsPerSecond,
        scalarEnvStepsPerSecond = double.IsNaN(r.ScalarEnvStepsPerSecond) ? (double?)null : r.ScalarEnvStepsPerSecond,
        scalarEvaluationsPerSecond = double.IsNaN(r.ScalarEvaluationsPerSecond) ? (double?)null : r.ScalarEvaluationsPerSecond,
        fastToScalar = double.IsNaN(r.ScalarEnvStepsPerSecond) ? (double?)null : r.EnvStepsPerSecond / r.ScalarEnvStepsPerSecond,
        threads = r.Threads,
    });

    private static string F(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
