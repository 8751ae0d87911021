using Wann.Environments;

namespace Wann.Core.Tasks;

/// <summary>Watches the episodes an <see cref="EpisodeDriver"/> runs (replays record through this).</summary>
public interface IEpisodeObserver
{
    /// <summary>Called once after the lanes are reset, before the first step.</summary>
    /// <param name="environment">The environment.</param>
    void OnReset(IVectorEnvironment environment);

    /// <summary>Called after every step.</summary>
    /// <param name="environment">The environment.</param>
    /// <param name="rewards">Each lane's reward of the step (zero for lanes that had ended).</param>
    void OnStep(IVectorEnvironment environment, ReadOnlySpan<double> rewards);
}
