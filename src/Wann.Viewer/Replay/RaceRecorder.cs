using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Environments.CarRacing;

namespace Wann.Viewer.Replay;

/// <summary>Drives one car-racing episode with a genome (through the engine's episode driver) and records the path and the tiles touched.</summary>
public static class RaceRecorder
{
    /// <summary>Records an episode.</summary>
    /// <param name="genome">The network.</param>
    /// <param name="task">A task on the car-racing environment.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Track seed.</param>
    /// <returns>The recording.</returns>
    /// <exception cref="ArgumentException">The task's environment is not car racing.</exception>
    public static RaceRecording Record(Genome genome, ControlTask task, double? weight, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(task);
        RaceObserver? observer = null;
        double score = EpisodeReplay.Run(task, genome, weight, seed, env => observer = env is CarRacing race
            ? new RaceObserver(race)
            : throw new ArgumentException($"Task {task.Name} does not run on the car-racing environment."));
        return observer!.ToRecording(score, weight);
    }
}
