using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Runs;

/// <summary>Appends each generation's best genome to the run folder's <c>bests.jsonl</c>.</summary>
/// <param name="folder">The run folder.</param>
/// <param name="config">The run's config (the task name goes into each line).</param>
public sealed class BestsObserver(RunFolder folder, ExperimentConfig config) : IRunObserver
{
    /// <inheritdoc />
    public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
    {
        folder.AppendBest(outcome, config);
        return ValueTask.CompletedTask;
    }
}
