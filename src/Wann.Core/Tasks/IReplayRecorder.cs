namespace Wann.Core.Tasks;

/// <summary>Records one episode (as an <see cref="IEpisodeObserver"/>) and renders it when the episode is over.</summary>
public interface IReplayRecorder : IEpisodeObserver
{
    /// <summary>Renders the recorded episode.</summary>
    /// <param name="info">The episode's title, score and weight.</param>
    /// <returns>The file.</returns>
    ReplayFile Finish(ReplayInfo info);
}
