using Wann.Core.Networks;
using Wann.Environments;
using Wann.Environments.PoleBalancing;

namespace Wann.Core.Tasks;

/// <summary>Runs <see cref="GruauDampingTask"/> episodes: the usual control loop, plus each lane's jiggle over its last 100 steps.</summary>
public sealed class GruauDampingRunner : ControlTaskRunner
{
    private const int Window = 100;
    private readonly double[] _jiggle;
    private readonly int[] _steps;
    private readonly double[] _state = new double[6];
    private readonly double[] _observations;
    private readonly double[] _inputs;
    private readonly double[] _outputs;
    private readonly double[] _actions;
    private readonly double[] _rewards;

    /// <summary>Creates a runner.</summary>
    /// <param name="task">The task.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public GruauDampingRunner(GruauDampingTask task, int laneCount)
        : base(task, laneCount)
    {
        _jiggle = new double[laneCount * Window];
        _steps = new int[laneCount];
        _observations = new double[task.Environment.ObservationSize * laneCount];
        _inputs = new double[task.InputCount * laneCount];
        _outputs = new double[task.OutputCount * laneCount];
        _actions = new double[laneCount];
        _rewards = new double[laneCount];
    }

    /// <inheritdoc/>
    public override void Run(LaneNetwork network, ReadOnlySpan<ulong> laneSeeds, Span<double> scores)
    {
        int lanes = LaneCount;
        IVectorEnvironment environment = Environment;
        var physical = (IPhysicalState)environment;
        environment.Reset(laneSeeds);
        network.ResetState();
        Array.Clear(_steps);
        while (environment.RunningLaneCount > 0)
        {
            LaneSteps += environment.RunningLaneCount;
            environment.WriteObservations(_observations);
            Task.MapObservations(_observations, _inputs, lanes);
            network.Activate(_inputs, _outputs);
            Task.MapOutputs(_outputs, _actions, lanes);
            environment.Step(_actions, _rewards);
            for (int i = 0; i < lanes; i++)
            {
                if (_rewards[i] > 0.0)
                {
                    physical.ReadState(i, _state);
                    _jiggle[(i * Window) + (_steps[i] % Window)] = DoublePole.Jiggle(_state);
                    _steps[i]++;
                }
            }
        }

        for (int i = 0; i < lanes; i++)
        {
            int t = _steps[i];
            double f2 = 0.0;
            if (t >= Window)
            {
                double sum = 0.0;
                for (int k = 0; k < Window; k++)
                {
                    sum += _jiggle[(i * Window) + k];
                }

                f2 = 0.75 / sum;
            }

            scores[i] = (0.1 * t / GruauDampingTask.Steps) + (0.9 * f2);
        }
    }
}
