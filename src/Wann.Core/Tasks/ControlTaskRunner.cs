using System.Numerics.Tensors;
using Wann.Core.Networks;
using Wann.Environments;

namespace Wann.Core.Tasks;

/// <summary>
/// Runs the episodes of a <see cref="ControlTask"/>: observe, activate, act, until every lane's episode
/// has ended. The score is the sum of rewards.
/// </summary>
/// <remarks>Buffers are allocated once per runner; an episode step allocates nothing.</remarks>
public class ControlTaskRunner : TaskRunner
{
    private readonly double[] _observations;
    private readonly double[] _inputs;
    private readonly double[] _outputs;
    private readonly double[] _actions;
    private readonly double[] _rewards;

    /// <summary>Creates a runner with its own environment lanes.</summary>
    /// <param name="task">The task.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public ControlTaskRunner(ControlTask task, int laneCount)
        : base(laneCount)
    {
        Task = task;
        Environment = task.CreateEnvironment(laneCount);
        _observations = new double[task.Environment.ObservationSize * laneCount];
        _inputs = new double[task.InputCount * laneCount];
        _outputs = new double[task.OutputCount * laneCount];
        _actions = new double[task.Environment.ActionSize * laneCount];
        _rewards = new double[laneCount];
    }

    /// <summary>Gets the task.</summary>
    protected ControlTask Task { get; }

    /// <summary>Gets the runner's environment lanes.</summary>
    protected IVectorEnvironment Environment { get; }

    /// <inheritdoc/>
    public override void Run(LaneNetwork network, ReadOnlySpan<ulong> laneSeeds, Span<double> scores)
    {
        int lanes = LaneCount;
        Environment.Reset(laneSeeds);
        network.ResetState();
        scores[..lanes].Clear();
        OnEpisodesStarted();
        while (Environment.RunningLaneCount > 0)
        {
            LaneSteps += Environment.RunningLaneCount;
            Environment.WriteObservations(_observations);
            Task.MapObservations(_observations, _inputs, lanes);
            network.Activate(_inputs, _outputs);
            Task.MapOutputs(_outputs, _actions, lanes);
            Environment.Step(_actions, _rewards);
            TensorPrimitives.Add(scores[..lanes], _rewards, scores[..lanes]);
            OnStepped(_rewards);
        }

        OnEpisodesEnded(scores[..lanes]);
    }

    /// <summary>Called after the lanes are reset, before the first step (for per-episode bookkeeping).</summary>
    protected virtual void OnEpisodesStarted()
    {
    }

    /// <summary>Called after every step with the step's rewards (zero for lanes that had already ended).</summary>
    /// <param name="rewards">Each lane's reward.</param>
    protected virtual void OnStepped(ReadOnlySpan<double> rewards)
    {
    }

    /// <summary>Called when every lane's episode has ended; may replace the summed rewards by another score.</summary>
    /// <param name="scores">Each lane's total reward, overwritable.</param>
    protected virtual void OnEpisodesEnded(Span<double> scores)
    {
    }
}
