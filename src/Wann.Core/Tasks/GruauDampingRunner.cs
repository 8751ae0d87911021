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

    /// <summary>Creates a runner.</summary>
    /// <param name="task">The task.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public GruauDampingRunner(GruauDampingTask task, int laneCount)
        : base(task, laneCount)
    {
        _jiggle = new double[laneCount * Window];
        _steps = new int[laneCount];
    }

    /// <inheritdoc/>
    protected override void OnEpisodesStarted() => Array.Clear(_steps);

    /// <inheritdoc/>
    protected override void OnStepped(ReadOnlySpan<double> rewards)
    {
        var physical = (IPhysicalState)Environment;
        for (int i = 0; i < LaneCount; i++)
        {
            if (rewards[i] > 0.0)
            {
                physical.ReadState(i, _state);
                _jiggle[(i * Window) + (_steps[i] % Window)] = DoublePole.Jiggle(_state);
                _steps[i]++;
            }
        }
    }

    /// <inheritdoc/>
    protected override void OnEpisodesEnded(Span<double> scores)
    {
        for (int i = 0; i < LaneCount; i++)
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
