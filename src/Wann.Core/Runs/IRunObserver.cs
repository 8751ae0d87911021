using Wann.Core.Evolution;

namespace Wann.Core.Runs;

/// <summary>
/// Watches an <see cref="EvolutionRun"/>: told when it starts, after every generation (before the next is
/// bred) and when it stops. What a run records (metrics, bests, champion, checkpoints, log, progress) is a
/// list of observers, so the console, the web server, a study runner and user code choose what they need.
/// </summary>
/// <remarks>Observers are called in the order they were added, one at a time, on the run's thread of
/// control; an exception from an observer stops the run.</remarks>
public interface IRunObserver
{
    /// <summary>Called once before the first generation of this session.</summary>
    /// <param name="started">The run's config and state.</param>
    /// <returns>A task.</returns>
    ValueTask OnStartedAsync(RunStarted started) => ValueTask.CompletedTask;

    /// <summary>Called after each generation has been evaluated and ranked.</summary>
    /// <param name="outcome">The generation's report, best genome and champion.</param>
    /// <param name="state">The run's state (already advanced to the next generation).</param>
    /// <returns>A task.</returns>
    ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state) => ValueTask.CompletedTask;

    /// <summary>Called once when the run stops: finished, or cancelled between generations.</summary>
    /// <param name="stopped">How far the run got.</param>
    /// <returns>A task.</returns>
    ValueTask OnStoppedAsync(RunStopped stopped) => ValueTask.CompletedTask;
}
