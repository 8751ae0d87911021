using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Serilog;
using Serilog.Formatting.Compact;
using Spectre.Console;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary><c>wann run [CONFIG]</c>: runs a WANN search with a live progress display and writes a run folder.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Argument<string?>("config") { Description = "Experiment config (default: experiments/swingup.json).", Arity = ArgumentArity.ZeroOrOne };
        var seed = new Option<ulong?>("--seed") { Description = "Run seed (overrides the config)." };
        var generations = new Option<int?>("--generations") { Description = "Number of generations (overrides the config)." };
        var population = new Option<int?>("--population") { Description = "Population size (overrides the config)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "Run folder (default: runs/<experiment>-<timestamp>)." };
        var command = new Command("run", "Evolve a weight agnostic network; writes config.json, metrics.csv, champion.json, bests.jsonl and a log to the run folder.")
        {
            config, seed, generations, population, threads, output,
        };
        command.SetAction((parse, cancel) => CliErrors.Guard(() =>
        {
            ExperimentConfig experiment = ExperimentConfigLoader.Load(parse.GetValue(config) ?? ExperimentPaths.Default("swingup.json"));
            experiment = ApplyOverrides(experiment, parse.GetValue(seed), parse.GetValue(generations), parse.GetValue(population));
            int threadCount = parse.GetValue(threads);
            if (threadCount < 0)
            {
                throw new UsageException($"--threads: found {threadCount}, expected 0 (all cores) or a positive number.");
            }

            string folder = parse.GetValue(output) ?? DefaultFolder(experiment.Name);
            return RunAsync(experiment, new RunFolder(folder), threadCount, cancel);
        }));
        return command;
    }

    private static ExperimentConfig ApplyOverrides(ExperimentConfig c, ulong? seed, int? generations, int? population)
    {
        if (generations is < 1)
        {
            throw new UsageException($"--generations: found {generations}, expected a whole number >= 1.");
        }

        if (population is < 2)
        {
            throw new UsageException($"--population: found {population}, expected a whole number >= 2.");
        }

        return c with
        {
            Seed = seed ?? c.Seed,
            Generations = generations ?? c.Generations,
            Population = population ?? c.Population,
        };
    }

    private static string DefaultFolder(string name)
    {
        string stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string folder = Path.Combine("runs", $"{name}-{stamp}");
        for (int i = 2; Directory.Exists(folder); i++)
        {
            folder = Path.Combine("runs", $"{name}-{stamp}-{i}");
        }

        return folder;
    }

    private static async Task<int> RunAsync(ExperimentConfig experiment, RunFolder folder, int threads, CancellationToken cancel)
    {
        using var evaluator = new LocalPopulationEvaluator(threads);
        await using var log = new LoggerConfiguration()
            .WriteTo.Async(a => a.File(new CompactJsonFormatter(), folder.LogPath))
            .CreateLogger();
        folder.WriteConfig(experiment);
        log.Information("Run {Experiment} started: task {Task}, seed {Seed}, population {Population}, {Generations} generations, {Threads} threads, folder {Folder}",
            experiment.Name, experiment.Task, experiment.Seed, experiment.Population, experiment.Generations, evaluator.Threads, folder.Path);

        var loop = new EvolutionLoop(experiment, evaluator);
        EvolutionState state = loop.CreateInitialState();
        var clock = Stopwatch.StartNew();
        bool interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        AnsiConsole.MarkupLineInterpolated($"[bold]wann run[/] {experiment.Name}: task [cyan]{experiment.Task}[/], population {experiment.Population}, {experiment.Generations} generations, seed {experiment.Seed}, {evaluator.Threads} threads");
        AnsiConsole.MarkupLineInterpolated($"run folder: [link]{folder.Path}[/]");

        ValueTask Record(GenerationOutcome outcome)
        {
            GenerationReport r = outcome.Report;
            folder.AppendMetrics(r);
            folder.AppendBest(outcome, experiment);
            if (outcome.ChampionChanged)
            {
                folder.WriteChampion(outcome.Champion, experiment);
            }

            log.Information("Generation {Generation}: best mean {BestMean:F1}, median {MedianMean:F1}, best max {BestMax:F1}, champion {ChampionMean:F1} ({ChampionConnections} connections), {Seconds:F2} s",
                r.Generation, r.BestMean, r.MedianMean, r.BestMax, r.ChampionMean, r.ChampionConnections, r.Seconds);
            return ValueTask.CompletedTask;
        }

        if (interactive)
        {
            await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    ProgressTask bar = ctx.AddTask("generation 0", maxValue: experiment.Generations);
                    await loop.RunAsync(state, async (outcome, s) =>
                    {
                        await Record(outcome).ConfigureAwait(false);
                        bar.Description = Describe(outcome.Report, s, clock.Elapsed.TotalSeconds, experiment.Generations);
                        bar.Increment(1);
                    }, cancel).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            int every = Math.Max(1, experiment.Generations / 100);
            await loop.RunAsync(state, async (outcome, s) =>
            {
                await Record(outcome).ConfigureAwait(false);
                int g = outcome.Report.Generation;
                if (g % every == 0 || g + 1 == experiment.Generations)
                {
                    Console.WriteLine(Describe(outcome.Report, s, clock.Elapsed.TotalSeconds, experiment.Generations));
                }
            }, cancel).ConfigureAwait(false);
        }

        Champion champion = state.Champion!;
        folder.WriteChampion(champion, experiment);
        double seconds = clock.Elapsed.TotalSeconds;
        log.Information("Run finished after {Generations} generations in {Seconds:F1} s; champion validated mean {Mean:F2} with {Connections} connections",
            state.Generation, seconds, champion.ValidatedMean, champion.Genome.EnabledConnectionCount);

        var table = new Table().AddColumns("champion", "value");
        table.AddRow("generation found", champion.Generation.ToString(CultureInfo.InvariantCulture));
        table.AddRow("validated mean", champion.ValidatedMean.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("connections", champion.Genome.EnabledConnectionCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("hidden nodes", champion.Genome.HiddenNodeCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("episodes run", state.Episodes.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("wall time", $"{seconds:F1} s");
        table.AddRow("champion file", Markup.Escape(folder.ChampionPath));
        AnsiConsole.Write(table);

        if (cancel.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[yellow]interrupted[/]: stopped after the current generation.");
            return CliErrors.Interrupted;
        }

        return 0;
    }

    private static string Describe(GenerationReport r, EvolutionState s, double elapsed, int total)
    {
        double rate = s.Episodes / Math.Max(elapsed, 1e-9);
        return string.Create(CultureInfo.InvariantCulture,
            $"gen {r.Generation + 1}/{total}  best {r.BestMean:F1}  mean {r.AverageMean:F1}  champion {r.ChampionMean:F1} ({r.ChampionConnections} conn)  {rate:F0} episodes/s");
    }
}
