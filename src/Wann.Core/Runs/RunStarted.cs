using Wann.Core.Evolution;

namespace Wann.Core.Runs;

/// <summary>A run (or a resumed run) is about to evaluate its next generation.</summary>
/// <param name="Config">The run's config.</param>
/// <param name="State">The state it continues from (generation 0 for a new run).</param>
public sealed record RunStarted(ExperimentConfig Config, EvolutionState State);
