using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Environments;

namespace Wann.Core.Tasks;

/// <summary>Runs one episode of a genome through the <see cref="EpisodeDriver"/> and renders it with the task's <see cref="IReplayCapability"/>.</summary>
public static class EpisodeReplay
{
    /// <summary>Returns whether a task can be replayed (it is a control task with a replay capability).</summary>
    /// <param name="task">The task.</param>
    /// <returns>True when it can.</returns>
    public static bool CanReplay(WannTask task) => task is ControlTask && task.GetCapability<IReplayCapability>() is not null;

    /// <summary>Runs one episode on a single lane, with an optional observer.</summary>
    /// <param name="task">The task.</param>
    /// <param name="genome">The network.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Episode seed.</param>
    /// <param name="observe">Creates the observer from the episode's environment (or returns null).</param>
    /// <returns>The episode's score, as the evaluator scores it.</returns>
    public static double Run(ControlTask task, Genome genome, double? weight, ulong seed, Func<IVectorEnvironment, IEpisodeObserver?> observe)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(genome);
        ArgumentNullException.ThrowIfNull(observe);
        var network = new LaneNetwork(1);
        if (weight is double w)
        {
            network.LoadShared(genome.Program, [w]);
        }
        else
        {
            network.LoadOwnWeights(genome.Program);
        }

        var driver = new EpisodeDriver(task, 1);
        var score = new double[1];
        driver.Run(network, [seed], score, observe(driver.Environment));
        return score[0];
    }

    /// <summary>Records and renders one episode with the task's replay capability.</summary>
    /// <param name="task">The task.</param>
    /// <param name="genome">The network.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Episode seed.</param>
    /// <param name="title">Title of the page or picture.</param>
    /// <returns>The rendered replay.</returns>
    /// <exception cref="NotSupportedException">The task has no replay capability (the message says so).</exception>
    public static ReplayFile Record(WannTask task, Genome genome, double? weight, ulong seed, string title)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (task is not ControlTask control || task.GetCapability<IReplayCapability>() is not IReplayCapability replay)
        {
            throw new NotSupportedException($"Task {task.Name} has no replay: it is not a control task with a replay capability (IReplayCapability).");
        }

        IReplayRecorder? recorder = null;
        double score = Run(control, genome, weight, seed, env => recorder = replay.CreateRecorder(env));
        return recorder!.Finish(new ReplayInfo(title, score, weight));
    }
}
