using Wann.Core.Evolution;

namespace Wann.Core.Runs;

/// <summary>A run stopped, finished or cancelled.</summary>
/// <param name="Config">The run's config.</param>
/// <param name="State">The final state (its champion is the run's result).</param>
/// <param name="FirstGeneration">The generation this session started from.</param>
/// <param name="Elapsed">Wall time of this session.</param>
public sealed record RunStopped(ExperimentConfig Config, EvolutionState State, int FirstGeneration, TimeSpan Elapsed)
{
    /// <summary>Gets whether every generation of the config has been run (false: cancelled).</summary>
    public bool Completed => State.Generation >= Config.Generations;

    /// <summary>Gets the champion.</summary>
    /// <exception cref="InvalidOperationException">The run was stopped before its first generation was evaluated (see <see cref="HasChampion"/>).</exception>
    public Champion Champion => State.Champion ?? throw new InvalidOperationException("No generation was run.");

    /// <summary>Gets whether a generation has been evaluated, so there is a champion (false after a Ctrl+C during start-up).</summary>
    public bool HasChampion => State.Champion is not null;
}
