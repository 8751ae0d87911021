using Wann.Core.Persistence;

namespace Wann.Core.Runs;

/// <summary>The observers of a recorded run: metrics, bests, champion, checkpoints and log, in that order.</summary>
public static class RunFolderObservers
{
    /// <summary>Adds the standard recording observers for <paramref name="folder"/> to a run.</summary>
    /// <param name="run">The run.</param>
    /// <param name="folder">Its folder.</param>
    /// <param name="log">The run's log, or <see langword="null"/> for none.</param>
    public static void AddTo(EvolutionRun run, RunFolder folder, Serilog.ILogger? log)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(folder);
        run.Observers.Add(new MetricsObserver(folder));
        run.Observers.Add(new BestsObserver(folder, run.Config));
        run.Observers.Add(new ChampionObserver(folder, run.Config));
        run.Observers.Add(new CheckpointObserver(folder, run.Config));
        if (log is not null)
        {
            run.Observers.Add(new RunLogObserver(log, folder.Path));
        }
    }
}
