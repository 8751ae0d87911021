using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Runs;

/// <summary>Appends each generation's row to the run folder's <c>metrics.csv</c>.</summary>
/// <param name="folder">The run folder.</param>
public sealed class MetricsObserver(RunFolder folder) : IRunObserver
{
    /// <inheritdoc />
    public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        folder.AppendMetrics(outcome.Report);
        return ValueTask.CompletedTask;
    }
}
