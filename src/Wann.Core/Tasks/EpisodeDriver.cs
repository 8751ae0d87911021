using System.Numerics.Tensors;
using Wann.Environments;

namespace Wann.Core.Tasks;

/// <summary>
/// The one episode loop of control tasks: reset, then observe → map inputs → act → decode actions → step, until
/// every lane's episode has ended, then the task's episode-end scoring. The fast lane path, the scalar reference,
/// replays, <c>wann eval</c>, the viewer and the cluster workers all run episodes through this type.
/// </summary>
/// <remarks>Buffers are allocated once per driver; a step allocates nothing.</remarks>
public sealed class EpisodeDriver
{
    private readonly double[] _observations;
    private readonly double[] _inputs;
    private readonly double[] _outputs;
    private readonly double[] _actions;
    private readonly double[] _rewards;
    private readonly EpisodeScoring? _scoring;

    /// <summary>Creates a driver with its own environment lanes.</summary>
    /// <param name="task">The task.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public EpisodeDriver(ControlTask task, int laneCount)
    {
        ArgumentNullException.ThrowIfNull(task);
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        Task = task;
        LaneCount = laneCount;
        Environment = task.CreateEnvironment(laneCount);
        _observations = new double[task.Environment.ObservationSize * laneCount];
        _inputs = new double[task.InputCount * laneCount];
        _outputs = new double[task.OutputCount * laneCount];
        _actions = new double[task.Environment.ActionSize * laneCount];
        _rewards = new double[laneCount];
        _scoring = task.CreateScoring(laneCount);
    }

    /// <summary>Gets the task.</summary>
    public ControlTask Task { get; }

    /// <summary>Gets the number of lanes.</summary>
    public int LaneCount { get; }

    /// <summary>Gets the driver's environment lanes.</summary>
    public IVectorEnvironment Environment { get; }

    /// <summary>Gets the lane-steps run so far (one activation and one environment step of one lane each).</summary>
    public long LaneSteps { get; private set; }

    /// <summary>Runs one episode per lane.</summary>
    /// <param name="actor">The network or policy, of <see cref="LaneCount"/> lanes.</param>
    /// <param name="laneSeeds">Each lane's episode seed.</param>
    /// <param name="scores">Receives each lane's score (the task's episode-end scoring, by default the sum of rewards).</param>
    /// <param name="observer">Optional: called after the reset and after every step.</param>
    public void Run(IEpisodeActor actor, ReadOnlySpan<ulong> laneSeeds, Span<double> scores, IEpisodeObserver? observer = null)
    {
        ArgumentNullException.ThrowIfNull(actor);
        int lanes = LaneCount;
        Span<double> total = scores[..lanes];
        Environment.Reset(laneSeeds);
        actor.ResetState();
        total.Clear();
        _scoring?.OnEpisodesStarted(Environment);
        observer?.OnReset(Environment);
        while (Environment.RunningLaneCount > 0)
        {
            LaneSteps += Environment.RunningLaneCount;
            Environment.WriteObservations(_observations);
            Task.MapObservations(_observations, _inputs, lanes);
            actor.Activate(_inputs, _outputs);
            Task.MapOutputs(_outputs, _actions, lanes);
            Environment.Step(_actions, _rewards);
            TensorPrimitives.Add(total, _rewards, total);
            _scoring?.OnStepped(Environment, _rewards);
            observer?.OnStep(Environment, _rewards);
        }

        _scoring?.OnEpisodesEnded(total);
    }
}
