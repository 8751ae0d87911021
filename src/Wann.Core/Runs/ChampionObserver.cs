using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Runs;

/// <summary>Keeps the run folder's <c>champion.json</c> current: rewritten (atomically) when the champion
/// changes and once more when the run stops.</summary>
/// <param name="folder">The run folder.</param>
/// <param name="config">The run's config (task and weights go into the file).</param>
public sealed class ChampionObserver(RunFolder folder, ExperimentConfig config) : IRunObserver
{
    /// <inheritdoc />
    public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        if (outcome.ChampionChanged)
        {
            folder.WriteChampion(outcome.Champion, config);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask OnStoppedAsync(RunStopped stopped)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        if (stopped.State.Champion is Champion champion)
        {
            folder.WriteChampion(champion, config);
        }

        return ValueTask.CompletedTask;
    }
}
