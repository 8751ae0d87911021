using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Viewer.Replay;

/// <summary>Runs one episode of a control task with a genome (through the engine's episode driver) and records the true state at every step.</summary>
public static class EpisodeRecorder
{
    /// <summary>Records an episode.</summary>
    /// <param name="genome">The network.</param>
    /// <param name="task">A control task whose environment exposes its physical state.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Episode seed (start state).</param>
    /// <returns>The recording; its score is the evaluator's (episode-end scoring included).</returns>
    /// <exception cref="ArgumentException">The environment cannot report its state.</exception>
    public static EpisodeRecording Record(Genome genome, ControlTask task, double? weight, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(task);
        StateObserver? observer = null;
        IReadOnlyList<string> names = [];
        double score = EpisodeReplay.Run(task, genome, weight, seed, env =>
        {
            if (env is not IPhysicalState physical)
            {
                throw new ArgumentException($"Task {task.Name}: its environment does not report its state, so it cannot be replayed as states.");
            }

            names = physical.StateNames;
            return observer = new StateObserver(physical);
        });
        return new EpisodeRecording(task.Name, names, observer!.States, score, weight);
    }
}
