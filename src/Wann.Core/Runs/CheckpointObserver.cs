using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Runs;

/// <summary>Writes the run folder's <c>checkpoint.json</c> every <c>CheckpointEvery</c> generations and when
/// the run stops, so <c>wann resume</c> continues it bit for bit.</summary>
/// <param name="folder">The run folder (its metrics rows go into the checkpoint).</param>
/// <param name="config">The run's config.</param>
public sealed class CheckpointObserver(RunFolder folder, ExperimentConfig config) : IRunObserver
{
    /// <inheritdoc />
    public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (config.CheckpointEvery > 0 && state.Generation % config.CheckpointEvery == 0)
        {
            Write(state);
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask OnStoppedAsync(RunStopped stopped)
    {
        ArgumentNullException.ThrowIfNull(stopped);
        Write(stopped.State);
        return ValueTask.CompletedTask;
    }

    private void Write(EvolutionState state) =>
        CheckpointFile.Write(folder.CheckpointPath, new Checkpoint(config, state, folder.MetricsRows));
}
