using System.Diagnostics;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Runs;

/// <summary>
/// One search from its config to its champion: drives the <see cref="EvolutionLoop"/> generation by
/// generation and tells its <see cref="Observers"/>. The console, the web server, studies and user code
/// all run searches through this class; <see cref="InFolder"/> and <see cref="ResumeFolder"/> give the
/// standard recorded, resumable run.
/// </summary>
/// <example>
/// <code>
/// using var evaluator = new LocalPopulationEvaluator(threads: 0);
/// var run = new EvolutionRun(config, evaluator);
/// RunStopped result = await run.RunAsync();
/// Console.WriteLine(result.Champion.ValidatedMean);
/// </code>
/// </example>
public sealed class EvolutionRun : IDisposable
{
    private readonly EvolutionLoop _loop;
    private RunFolderLock? _lock;

    /// <summary>Creates a run in memory (add observers to record it).</summary>
    /// <param name="config">The experiment.</param>
    /// <param name="evaluator">Where genomes are scored (local threads or a cluster).</param>
    /// <param name="state">The state to continue from; <see langword="null"/> starts at generation 0.</param>
    public EvolutionRun(ExperimentConfig config, IPopulationEvaluator evaluator, EvolutionState? state = null)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(evaluator);
        Config = config;
        _loop = new EvolutionLoop(config, evaluator);
        State = state ?? _loop.CreateInitialState();
    }

    /// <summary>Gets the run's config.</summary>
    public ExperimentConfig Config { get; }

    /// <summary>Gets the run's state, advanced as generations complete.</summary>
    public EvolutionState State { get; }

    /// <summary>Gets the observers, called in order.</summary>
    public IList<IRunObserver> Observers { get; } = new List<IRunObserver>();

    /// <summary>Starts a new recorded run in <paramref name="folder"/>: writes the resolved config, then records
    /// metrics, bests, the champion, checkpoints and (with <paramref name="log"/>) the log.</summary>
    /// <param name="config">The experiment.</param>
    /// <param name="evaluator">Where genomes are scored.</param>
    /// <param name="folder">The run folder; must not hold a run yet.</param>
    /// <param name="log">The run's log, or <see langword="null"/>.</param>
    /// <returns>The run.</returns>
    /// <exception cref="InputFileException">The folder already holds a run.</exception>
    /// <exception cref="RunFolderBusyException">Another process is writing the folder.</exception>
    public static EvolutionRun InFolder(ExperimentConfig config, IPopulationEvaluator evaluator, RunFolder folder, Serilog.ILogger? log)
    {
        ArgumentNullException.ThrowIfNull(folder);
        RunFolderLock owner = RunFolderLock.Acquire(folder);
        try
        {
            if (File.Exists(folder.CheckpointPath))
            {
                throw new InputFileException($"{folder.Path} already holds a run (checkpoint.json); continue it with `wann resume {folder.Path}` or choose another folder.");
            }

            var run = new EvolutionRun(config, evaluator) { _lock = owner };

            // A run killed before its first checkpoint may have left rows: this run starts the files afresh.
            folder.RestoreTo([], 0);
            folder.WriteConfig(config);
            RunFolderObservers.AddTo(run, folder, log);
            return run;
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    /// <summary>Continues a recorded run from its checkpoint, exactly as if it had never stopped. The folder is
    /// locked before the checkpoint is read, so a run still writing it is refused rather than raced.</summary>
    /// <param name="folder">The run folder.</param>
    /// <param name="evaluator">Where genomes are scored.</param>
    /// <param name="configure">Given the checkpoint, returns the config to continue with: the checkpoint's, possibly
    /// with more generations or another checkpoint interval (it may throw to refuse).</param>
    /// <param name="log">The run's log, or <see langword="null"/>.</param>
    /// <param name="acceptEditedCheckpoint">Resume even from a checkpoint changed after wann wrote it (logged as a warning).</param>
    /// <returns>The run.</returns>
    /// <exception cref="InputFileException">The checkpoint is missing, invalid, or edited (and not accepted).</exception>
    /// <exception cref="RunFolderBusyException">Another process is writing the folder.</exception>
    public static EvolutionRun ResumeFolder(RunFolder folder, IPopulationEvaluator evaluator, Func<Checkpoint, ExperimentConfig> configure, Serilog.ILogger? log, bool acceptEditedCheckpoint = false)
    {
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(configure);
        RunFolderLock owner = RunFolderLock.Acquire(folder);
        try
        {
            Checkpoint checkpoint = CheckpointFile.Read(folder.CheckpointPath, acceptEditedCheckpoint);
            if (checkpoint.Edited)
            {
                log?.Warning("Resuming from {Checkpoint}, which was changed after wann wrote it (accepted with --accept-edited-checkpoint)", folder.CheckpointPath);
            }

            ExperimentConfig config = configure(checkpoint);
            var run = new EvolutionRun(config, evaluator, checkpoint.State) { _lock = owner };
            folder.RestoreTo(checkpoint.MetricsRows, checkpoint.State.Generation);
            folder.WriteConfig(config);
            RunFolderObservers.AddTo(run, folder, log);
            return run;
        }
        catch
        {
            owner.Dispose();
            throw;
        }
    }

    /// <summary>Releases the run folder's lock (a run in memory holds none).</summary>
    public void Dispose()
    {
        _lock?.Dispose();
        _lock = null;
    }

    /// <summary>Runs generations until the config's last one, or until <paramref name="cancellationToken"/> is
    /// set (the current generation is finished first, and the observers are told the run stopped).</summary>
    /// <param name="cancellationToken">Stops the run between generations.</param>
    /// <returns>How far the run got, with its champion.</returns>
    public async Task<RunStopped> RunAsync(CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int first = State.Generation;
        var started = new RunStarted(Config, State);
        foreach (IRunObserver observer in Observers)
        {
            await observer.OnStartedAsync(started).ConfigureAwait(false);
        }

        await _loop.RunGenerationsAsync(State, Tell, cancellationToken).ConfigureAwait(false);
        var stopped = new RunStopped(Config, State, first, clock.Elapsed);
        foreach (IRunObserver observer in Observers)
        {
            await observer.OnStoppedAsync(stopped).ConfigureAwait(false);
        }

        return stopped;
    }

    private async ValueTask Tell(GenerationOutcome outcome, EvolutionState state)
    {
        foreach (IRunObserver observer in Observers)
        {
            await observer.OnGenerationAsync(outcome, state).ConfigureAwait(false);
        }
    }
}
