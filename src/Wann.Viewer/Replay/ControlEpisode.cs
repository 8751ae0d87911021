using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Viewer.Replay;

/// <summary>Runs one episode of a control task on a single lane, calling back after every step (the recorders' shared loop).</summary>
internal static class ControlEpisode
{
    /// <summary>Runs the episode.</summary>
    /// <param name="genome">The network.</param>
    /// <param name="task">The task.</param>
    /// <param name="env">A one-lane environment of the task.</param>
    /// <param name="weight">Shared weight, or null for the genome's own weights.</param>
    /// <param name="seed">Episode seed.</param>
    /// <param name="afterStep">Called after the reset and after every step.</param>
    /// <returns>The episode's total reward.</returns>
    public static double Run(Genome genome, ControlTask task, IVectorEnvironment env, double? weight, ulong seed, Action afterStep)
    {
        var network = new LaneNetwork(1);
        if (weight is double w)
        {
            network.LoadShared(genome.Program, [w]);
        }
        else
        {
            network.LoadOwnWeights(genome.Program);
        }

        env.Reset([seed]);
        network.ResetState();
        var observations = new double[task.Environment.ObservationSize];
        var inputs = new double[task.InputCount];
        var outputs = new double[task.OutputCount];
        var actions = new double[task.Environment.ActionSize];
        var reward = new double[1];
        double score = 0.0;
        afterStep();
        while (env.RunningLaneCount > 0)
        {
            env.WriteObservations(observations);
            task.MapObservations(observations, inputs, 1);
            network.Activate(inputs, outputs);
            task.MapOutputs(outputs, actions, 1);
            env.Step(actions, reward);
            score += reward[0];
            afterStep();
        }

        return score;
    }
}
