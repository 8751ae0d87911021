using Wann.Environments;

namespace Wann.Core.Tasks;

/// <summary>
/// A task's episode-end scoring, when the score is not simply the sum of rewards (Gruau's damping fitness, for
/// instance). One instance per <see cref="EpisodeDriver"/>; created by <see cref="ControlTask.CreateScoring"/>.
/// </summary>
/// <remarks>Because every path (fast lanes, scalar reference, replays, eval, workers) runs through the one driver,
/// a scoring defined here scores every path the same way.</remarks>
public abstract class EpisodeScoring
{
    /// <summary>Called after the lanes are reset, before the first step.</summary>
    /// <param name="environment">The environment.</param>
    public virtual void OnEpisodesStarted(IVectorEnvironment environment)
    {
    }

    /// <summary>Called after every step with the step's rewards (zero for lanes that had already ended).</summary>
    /// <param name="environment">The environment, after the step.</param>
    /// <param name="rewards">Each lane's reward.</param>
    public virtual void OnStepped(IVectorEnvironment environment, ReadOnlySpan<double> rewards)
    {
    }

    /// <summary>Called when every lane's episode has ended; replaces the summed rewards by the task's score.</summary>
    /// <param name="scores">Each lane's total reward, overwritable.</param>
    public abstract void OnEpisodesEnded(Span<double> scores);
}
