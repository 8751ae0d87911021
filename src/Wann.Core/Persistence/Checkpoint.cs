using Wann.Core.Evolution;

namespace Wann.Core.Persistence;

/// <summary>Everything needed to continue a run exactly: the config, the loop's state and the metrics so far.</summary>
/// <param name="Config">The run's resolved config.</param>
/// <param name="State">The state after the last finished generation (population of the next one).</param>
/// <param name="MetricsRows">The rows of metrics.csv so far, without the header.</param>
public sealed record Checkpoint(ExperimentConfig Config, EvolutionState State, IReadOnlyList<string> MetricsRows)
{
    /// <summary>Gets a value indicating whether the file was changed after wann wrote it (its seal did not match) and
    /// was accepted anyway (<c>--accept-edited-checkpoint</c>).</summary>
    public bool Edited { get; init; }

    /// <summary>Gets the file format version it was read from (<see cref="CheckpointFile.Version"/> for a new one).</summary>
    public int Version { get; init; } = CheckpointFile.Version;
}
