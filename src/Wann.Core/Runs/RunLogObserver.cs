using Wann.Core.Evolution;

namespace Wann.Core.Runs;

/// <summary>Writes a run's events to its structured log: the start, one event per generation, the stop.</summary>
/// <param name="log">The log (see <see cref="RunLog.Open"/>).</param>
/// <param name="folder">The run folder's path, for the start event.</param>
public sealed class RunLogObserver(Serilog.ILogger log, string folder) : IRunObserver
{
    /// <inheritdoc />
    public ValueTask OnStartedAsync(RunStarted started)
    {
        ArgumentNullException.ThrowIfNull(started);
        ExperimentConfig c = started.Config;
        log.Information("Run {Experiment} at generation {Generation}: task {Task}, seed {Seed}, population {Population}, {Generations} generations, folder {Folder}",
            c.Name, started.State.Generation, c.Task, c.Seed, c.Population, c.Generations, folder);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        GenerationReport r = outcome.Report;
        log.Information("Generation {Generation}: best mean {BestMean:F1}, median {MedianMean:F1}, best max {BestMax:F1}, champion {ChampionMean:F1} ({ChampionConnections} connections), {Seconds:F2} s",
            r.Generation, r.BestMean, r.MedianMean, r.BestMax, r.ChampionMean, r.ChampionConnections, r.Seconds);
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask OnStoppedAsync(RunStopped stopped)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        Champion? champion = stopped.State.Champion;
        log.Information("Stopped after generation {Generation} ({Run} this session) in {Seconds:F1} s; champion validated mean {Mean:F2} with {Connections} connections",
            stopped.State.Generation, stopped.State.Generation - stopped.FirstGeneration, stopped.Elapsed.TotalSeconds,
            champion?.ValidatedMean ?? double.NaN, champion?.Genome.EnabledConnectionCount ?? 0);
        return ValueTask.CompletedTask;
    }
}
