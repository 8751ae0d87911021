using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Environments.CarRacing;

namespace Wann.Viewer.Replay;

/// <summary>Drives one car-racing episode with a genome and records the path and the tiles touched.</summary>
public static class RaceRecorder
{
    /// <summary>Records an episode.</summary>
    /// <param name="genome">The network.</param>
    /// <param name="task">The car-racing task.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Track seed.</param>
    /// <returns>The recording.</returns>
    public static RaceRecording Record(Genome genome, CarRacingTask task, double? weight, ulong seed)
    {
        var env = (CarRacing)task.CreateEnvironment(1);
        var path = new List<(double, double)>();
        CarSnapshot car = default;
        double score = ControlEpisode.Run(genome, task, env, weight, seed, () =>
        {
            car = env.Snapshot(0);
            path.Add((car.X, car.Y));
        });

        Track track = env.TrackOf(0);
        var visited = new bool[track.TileCount];
        for (int t = 0; t < visited.Length; t++)
        {
            visited[t] = env.Visited(0, t);
        }

        return new RaceRecording(track, path, visited, score, car.Frame, weight);
    }
}
