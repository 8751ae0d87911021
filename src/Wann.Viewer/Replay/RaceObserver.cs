using Wann.Core.Tasks;
using Wann.Environments;
using Wann.Environments.CarRacing;

namespace Wann.Viewer.Replay;

/// <summary>Keeps the car's path (lane 0) after the reset and after every frame.</summary>
/// <param name="race">The car-racing environment.</param>
internal sealed class RaceObserver(CarRacing race) : IEpisodeObserver
{
    /// <summary>Gets the environment.</summary>
    public CarRacing Race => race;

    /// <summary>Gets the hull positions, the start first.</summary>
    public List<(double X, double Y)> Path { get; } = [];

    /// <summary>Gets the last snapshot.</summary>
    public CarSnapshot Last { get; private set; }

    /// <inheritdoc/>
    public void OnReset(IVectorEnvironment environment) => Read();

    /// <inheritdoc/>
    public void OnStep(IVectorEnvironment environment, ReadOnlySpan<double> rewards) => Read();

    /// <summary>Builds the recording once the episode is over.</summary>
    /// <param name="score">The episode's score.</param>
    /// <param name="weight">The weight used.</param>
    /// <returns>The recording.</returns>
    public RaceRecording ToRecording(double score, double? weight)
    {
        Track track = race.TrackOf(0);
        var visited = new bool[track.TileCount];
        for (int t = 0; t < visited.Length; t++)
        {
            visited[t] = race.Visited(0, t);
        }

        return new RaceRecording(track, Path, visited, score, Last.Frame, weight);
    }

    private void Read()
    {
        Last = race.Snapshot(0);
        Path.Add((Last.X, Last.Y));
    }
}
