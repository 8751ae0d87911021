using System.Diagnostics;
using System.Globalization;
using Serilog;
using Serilog.Formatting.Compact;
using Spectre.Console;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary>
/// Runs (or continues) a search into a run folder: live progress, metrics, champion, per-generation
/// bests, checkpoints every <c>CheckpointEvery</c> generations and when stopped, and a structured log.
/// Shared by <c>wann run</c> and <c>wann resume</c>.
/// </summary>
internal static class RunSession
{
    /// <summary>Runs generations until the config's last one, or until Ctrl+C (then checkpoints and returns 130).</summary>
    /// <param name="experiment">The config.</param>
    /// <param name="folder">The run folder.</param>
    /// <param name="loop">The loop.</param>
    /// <param name="state">The state to continue from.</param>
    /// <param name="evaluator">The evaluator (for the thread count shown).</param>
    /// <param name="cancel">Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(ExperimentConfig experiment, RunFolder folder, EvolutionLoop loop, EvolutionState state, LocalPopulationEvaluator evaluator, CancellationToken cancel)
    {
        await using var log = new LoggerConfiguration()
            .WriteTo.Async(a => a.File(new CompactJsonFormatter(), folder.LogPath))
            .CreateLogger();
        log.Information("Run {Experiment} at generation {Generation}: task {Task}, seed {Seed}, population {Population}, {Generations} generations, {Threads} threads, folder {Folder}",
            experiment.Name, state.Generation, experiment.Task, experiment.Seed, experiment.Population, experiment.Generations, evaluator.Threads, folder.Path);

        var clock = Stopwatch.StartNew();
        long episodesAtStart = state.Episodes;
        int startGeneration = state.Generation;
        bool interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        AnsiConsole.MarkupLineInterpolated($"[bold]wann[/] {experiment.Name}: task [cyan]{experiment.Task}[/], population {experiment.Population}, generations {state.Generation + 1}..{experiment.Generations}, seed {experiment.Seed}, {evaluator.Threads} threads");
        AnsiConsole.MarkupLineInterpolated($"run folder: {folder.Path}");

        void Checkpoint() => CheckpointFile.Write(folder.CheckpointPath, new Checkpoint(experiment, state, folder.MetricsRows));

        string Describe(GenerationReport r)
        {
            double rate = (state.Episodes - episodesAtStart) / Math.Max(clock.Elapsed.TotalSeconds, 1e-9);
            return string.Create(CultureInfo.InvariantCulture,
                $"gen {r.Generation + 1}/{experiment.Generations}  best {r.BestMean:F1}  mean {r.AverageMean:F1}  champion {r.ChampionMean:F1} ({r.ChampionConnections} conn)  {rate:F0} episodes/s");
        }

        ValueTask Record(GenerationOutcome outcome)
        {
            GenerationReport r = outcome.Report;
            folder.AppendMetrics(r);
            folder.AppendBest(outcome, experiment);
            if (outcome.ChampionChanged)
            {
                folder.WriteChampion(outcome.Champion, experiment);
            }

            int done = r.Generation + 1;
            if (experiment.CheckpointEvery > 0 && done % experiment.CheckpointEvery == 0)
            {
                Checkpoint();
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
                    ProgressTask bar = ctx.AddTask($"generation {state.Generation + 1}", maxValue: experiment.Generations);
                    bar.Value = state.Generation;
                    await loop.RunAsync(state, async (outcome, _) =>
                    {
                        await Record(outcome).ConfigureAwait(false);
                        bar.Description = Describe(outcome.Report);
                        bar.Increment(1);
                    }, cancel).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            int every = Math.Max(1, experiment.Generations / 100);
            await loop.RunAsync(state, async (outcome, _) =>
            {
                await Record(outcome).ConfigureAwait(false);
                int g = outcome.Report.Generation;
                if (g % every == 0 || g + 1 == experiment.Generations)
                {
                    Console.WriteLine(Describe(outcome.Report));
                }
            }, cancel).ConfigureAwait(false);
        }

        Checkpoint();
        Champion champion = state.Champion!;
        folder.WriteChampion(champion, experiment);
        double seconds = clock.Elapsed.TotalSeconds;
        log.Information("Stopped after generation {Generation} ({Run} this session) in {Seconds:F1} s; champion validated mean {Mean:F2} with {Connections} connections",
            state.Generation, state.Generation - startGeneration, seconds, champion.ValidatedMean, champion.Genome.EnabledConnectionCount);

        var table = new Table().AddColumns("champion", "value");
        table.AddRow("generation found", champion.Generation.ToString(CultureInfo.InvariantCulture));
        table.AddRow("validated mean", champion.ValidatedMean.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("connections", champion.Genome.EnabledConnectionCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("hidden nodes", champion.Genome.HiddenNodeCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("episodes run", state.Episodes.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("wall time (this session)", $"{seconds:F1} s");
        table.AddRow("champion file", Markup.Escape(folder.ChampionPath));
        AnsiConsole.Write(table);

        if (state.Generation < experiment.Generations)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]interrupted[/] after generation {state.Generation}; checkpoint written. Continue with: wann resume {folder.Path}");
            return CliErrors.Interrupted;
        }

        return 0;
    }
}
