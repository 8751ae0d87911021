using Wann.Core.Networks;

namespace Wann.Core.Tasks;

/// <summary>
/// The scalar reference path for control tasks: one episode at a time, one lane, with
/// <see cref="ScalarNetwork"/>. Slow and plain on purpose: the fast lane path is tested against it and
/// the benchmarks report it as their baseline.
/// </summary>
public sealed class ScalarEpisode
{
    private readonly ControlTask _task;
    private readonly Wann.Environments.IVectorEnvironment _environment;
    private readonly double[] _observation;
    private readonly double[] _inputs;
    private readonly double[] _outputs;
    private readonly double[] _actions;
    private readonly double[] _reward = new double[1];
    private readonly ulong[] _seed = new ulong[1];

    /// <summary>Creates a scalar runner for a control task.</summary>
    /// <param name="task">The task.</param>
    public ScalarEpisode(ControlTask task)
    {
        _task = task;
        _environment = task.CreateEnvironment(1);
        _observation = new double[task.Environment.ObservationSize];
        _inputs = new double[task.InputCount];
        _outputs = new double[task.OutputCount];
        _actions = new double[task.Environment.ActionSize];
    }

    /// <summary>Gets the steps run so far.</summary>
    public long Steps { get; private set; }

    /// <summary>Runs one episode with one shared weight.</summary>
    /// <param name="network">The scalar network.</param>
    /// <param name="sharedWeight">The weight of every connection.</param>
    /// <param name="seed">The episode seed.</param>
    /// <returns>The episode's total reward.</returns>
    public double Run(ScalarNetwork network, double sharedWeight, ulong seed)
    {
        _seed[0] = seed;
        _environment.Reset(_seed);
        network.ResetState();
        double total = 0.0;
        while (_environment.RunningLaneCount > 0)
        {
            Steps++;
            _environment.WriteObservations(_observation);
            _task.MapObservations(_observation, _inputs, 1);
            network.Activate(_inputs, sharedWeight, _outputs);
            _task.MapOutputs(_outputs, _actions, 1);
            _environment.Step(_actions, _reward);
            total += _reward[0];
        }

        return total;
    }
}
