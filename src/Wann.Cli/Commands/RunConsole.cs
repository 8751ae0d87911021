using System.Globalization;
using Spectre.Console;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Runs;

namespace Wann.Cli.Commands;

/// <summary>
/// Shows a recorded <see cref="EvolutionRun"/> on the console (shared by <c>wann run</c> and <c>wann resume</c>):
/// a live progress bar when interactive, a line per percent otherwise, then the champion's table. What the run
/// writes to its folder is the library's business (<see cref="RunFolderObservers"/>), not the console's.
/// </summary>
internal static class RunConsole
{
    /// <summary>Runs to the config's last generation, or until Ctrl+C (the run checkpoints; returns 130).</summary>
    /// <param name="run">The run, with its folder observers.</param>
    /// <param name="folder">Its folder.</param>
    /// <param name="where">Where genomes are scored, for the header line (e.g. "2 threads").</param>
    /// <param name="cancel">Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunAsync(EvolutionRun run, RunFolder folder, string where, CancellationToken cancel)
    {
        ExperimentConfig experiment = run.Config;
        EvolutionState state = run.State;
        bool interactive = AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected;
        AnsiConsole.MarkupLineInterpolated($"[bold]wann[/] {experiment.Name}: task [cyan]{experiment.Task}[/], population {experiment.Population}, generations {state.Generation + 1}..{experiment.Generations}, seed {experiment.Seed}, {where}");
        AnsiConsole.MarkupLineInterpolated($"run folder: {folder.Path}");

        RunStopped stopped;
        if (interactive)
        {
            stopped = await AnsiConsole.Progress()
                .AutoClear(false)
                .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
                .StartAsync(async ctx =>
                {
                    ProgressTask bar = ctx.AddTask($"generation {state.Generation + 1}", maxValue: experiment.Generations);
                    bar.Value = state.Generation;
                    var progress = new ProgressObserver(experiment, state, line => bar.Description = line, () => bar.Increment(1), every: 1);
                    return await RunWith(run, progress, cancel).ConfigureAwait(false);
                }).ConfigureAwait(false);
        }
        else
        {
            var progress = new ProgressObserver(experiment, state, Console.WriteLine, static () => { }, every: Math.Max(1, experiment.Generations / 100));
            stopped = await RunWith(run, progress, cancel).ConfigureAwait(false);
        }

        if (!stopped.HasChampion)
        {
            // Ctrl+C before the first generation was evaluated: the checkpoint holds the initial population.
            AnsiConsole.MarkupLineInterpolated($"[yellow]interrupted[/] before the first generation finished; checkpoint written. Continue with: wann resume {folder.Path}");
            return CliErrors.Interrupted;
        }

        Champion champion = stopped.Champion;
        var table = new Table().AddColumns("champion", "value");
        table.AddRow("generation found", champion.Generation.ToString(CultureInfo.InvariantCulture));
        table.AddRow("validated mean", champion.ValidatedMean.ToString("F1", CultureInfo.InvariantCulture));
        table.AddRow("connections", champion.Genome.EnabledConnectionCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("hidden nodes", champion.Genome.HiddenNodeCount.ToString(CultureInfo.InvariantCulture));
        table.AddRow("episodes run", state.Episodes.ToString("N0", CultureInfo.InvariantCulture));
        table.AddRow("wall time (this session)", $"{stopped.Elapsed.TotalSeconds:F1} s");
        table.AddRow("champion file", Markup.Escape(folder.ChampionPath));
        AnsiConsole.Write(table);

        if (!stopped.Completed)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]interrupted[/] after generation {state.Generation}; checkpoint written. Continue with: wann resume {folder.Path}");
            return CliErrors.Interrupted;
        }

        return 0;
    }

    /// <summary>Opens the run folder's log and the evaluator (local threads or <paramref name="cluster"/>), lets
    /// <paramref name="open"/> start or resume the run, and shows it (shared by <c>wann run</c> and <c>wann resume</c>).</summary>
    /// <param name="folder">The run folder.</param>
    /// <param name="threads">Local evaluation threads (0: all cores).</param>
    /// <param name="cluster">The <c>--cluster</c> spec, or <see langword="null"/>.</param>
    /// <param name="open">Starts or resumes the run on the evaluator, logging to the log.</param>
    /// <param name="cancel">Ctrl+C.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> RunInFolderAsync(RunFolder folder, int threads, Wann.Cluster.Hosting.ClusterSpec? cluster, Func<IPopulationEvaluator, Serilog.ILogger, EvolutionRun> open, CancellationToken cancel)
    {
        await using Serilog.Core.Logger log = RunLog.Open(folder);
        var local = new LocalPopulationEvaluator(threads);
        (IPopulationEvaluator evaluator, IDisposable owner) = EvaluatorFactory.Create(local, cluster, log);
        using (owner)
        {
            using EvolutionRun run = open(evaluator, log);
            return await RunAsync(run, folder, Where(local, cluster), cancel).ConfigureAwait(false);
        }
    }

    /// <summary>Describes where genomes are scored, for the header line.</summary>
    /// <param name="local">The local evaluator.</param>
    /// <param name="cluster">The <c>--cluster</c> spec, or <see langword="null"/>.</param>
    /// <returns>E.g. "2 threads" or "cluster localhost".</returns>
    public static string Where(LocalPopulationEvaluator local, Wann.Cluster.Hosting.ClusterSpec? cluster) =>
        cluster is null ? $"{local.Threads} threads" : $"cluster {cluster}";

    private static async Task<RunStopped> RunWith(EvolutionRun run, ProgressObserver progress, CancellationToken cancel)
    {
        run.Observers.Add(progress);
        try
        {
            return await run.RunAsync(cancel).ConfigureAwait(false);
        }
        finally
        {
            run.Observers.Remove(progress);
        }
    }
}
