using Wann.Environments;
using Wann.Environments.PoleBalancing;

namespace Wann.Core.Tasks;

/// <summary>Gruau's damping fitness of <see cref="GruauDampingTask"/>: steps balanced, plus each lane's jiggle over its last 100 steps.</summary>
internal sealed class GruauDampingScoring : EpisodeScoring
{
    private const int Window = 100;
    private readonly int _lanes;
    private readonly double[] _jiggle;
    private readonly int[] _steps;
    private readonly double[] _state = new double[6];
    private IPhysicalState? _physical;

    /// <summary>Creates the scoring of a batch of lanes.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    public GruauDampingScoring(int laneCount)
    {
        _lanes = laneCount;
        _jiggle = new double[laneCount * Window];
        _steps = new int[laneCount];
    }


    /// <inheritdoc/>
    public override void OnEpisodesStarted(IVectorEnvironment environment)
    {
        Array.Clear(_steps);
        _physical = environment as IPhysicalState ?? throw new ArgumentException("Gruau's damping fitness needs an environment that exposes its state (IPhysicalState).", nameof(environment));
    }

    /// <inheritdoc/>
    public override void OnStepped(IVectorEnvironment environment, ReadOnlySpan<double> rewards)
    {
        // Cast once per batch of episodes, not once per step.
        IPhysicalState physical = _physical ?? throw new InvalidOperationException("OnEpisodesStarted was not called.");
        for (int i = 0; i < _lanes; i++)
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
    public override void OnEpisodesEnded(Span<double> scores)
    {
        for (int i = 0; i < _lanes; i++)
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
