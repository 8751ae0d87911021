using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Viewer.Replay;

/// <summary>Runs one episode of a control task with a genome and records the true state at every step.</summary>
public static class EpisodeRecorder
{
    /// <summary>Records an episode.</summary>
    /// <param name="genome">The network.</param>
    /// <param name="task">A control task whose environment exposes its physical state.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Episode seed (start state).</param>
    /// <returns>The recording.</returns>
    /// <exception cref="ArgumentException">The environment cannot report its state.</exception>
    public static EpisodeRecording Record(Genome genome, ControlTask task, double? weight, ulong seed)
    {
        IVectorEnvironment env = task.CreateEnvironment(1);
        if (env is not IPhysicalState physical)
        {
            throw new ArgumentException($"Environment {task.Environment.Name} does not report its state, so it cannot be replayed.");
        }

        var states = new List<double[]>();
        double score = ControlEpisode.Run(genome, task, env, weight, seed, () => states.Add(Read(physical)));
        return new EpisodeRecording(task.Environment.Name, physical.StateNames, states, score, weight);
    }

    private static double[] Read(IPhysicalState physical)
    {
        var state = new double[physical.StateNames.Count];
        physical.ReadState(0, state);
        return state;
    }
}
