using Wann.Environments.Randomness;

namespace Wann.Environments.SwingUp;

/// <summary>
/// Cart-pole swing-up as in the WANN reference and estool (derived from DeepPILCO): a pole that
/// starts hanging down must be swung up and balanced on a cart with friction.
/// </summary>
/// <remarks>
/// <para>Constants, equations, reward, termination and start distribution follow
/// shared/reference/envs.md §2 exactly: g = 9.82, cart and pole mass 0.5, pole length 0.6,
/// friction 0.1, force = clip(a, -1, 1) * 10, dt = 0.01 with explicit Euler (positions advance with
/// the old velocities), reward ((cos θ + 1) / 2) · cos(x / 2.4 · π / 2) on the post-step state,
/// episode over when |x| &gt; 2.4 (reward still paid, no penalty) or after 1000 steps, start
/// state N((0, 0, π, 0), 0.2²) per component.</para>
/// <para>State order: x, ẋ, θ, θ̇ (θ = 0 upright). Observation: x, ẋ, cos θ, sin θ, θ̇.</para>
/// </remarks>
public sealed class CartPoleSwingUp : IVectorEnvironment, IPhysicalState
{
    /// <summary>The registry name.</summary>
    public const string Name = "swingup";

    /// <summary>Gravity, m/s².</summary>
    public const double Gravity = 9.82;

    /// <summary>Cart mass, kg.</summary>
    public const double CartMass = 0.5;

    /// <summary>Pole mass, kg.</summary>
    public const double PoleMass = 0.5;

    /// <summary>Pole length, m (the reference calls it the pole's length).</summary>
    public const double PoleLength = 0.6;

    /// <summary>Force for action 1, N.</summary>
    public const double ForceScale = 10.0;

    /// <summary>Cart friction coefficient.</summary>
    public const double Friction = 0.1;

    /// <summary>Integration step, s.</summary>
    public const double TimeStep = 0.01;

    /// <summary>Half-width of the track, m.</summary>
    public const double TrackLimit = 2.4;

    /// <summary>Episode length limit, steps.</summary>
    public const int StepLimit = 1000;

    /// <summary>Standard deviation of every start-state component.</summary>
    public const double StartSpread = 0.2;

    private const double TotalMass = CartMass + PoleMass;
    private const double PoleMassLength = PoleMass * PoleLength;

    private static readonly EnvironmentSpec SpecInstance = CreateSpec();

    private readonly double[] _x;
    private readonly double[] _xDot;
    private readonly double[] _theta;
    private readonly double[] _thetaDot;
    private readonly int[] _steps;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private int _running;

    /// <summary>Creates <paramref name="laneCount"/> lanes; call <see cref="Reset"/> before stepping.</summary>
    /// <param name="laneCount">Number of lanes, at least one.</param>
    public CartPoleSwingUp(int laneCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        LaneCount = laneCount;
        _x = new double[laneCount];
        _xDot = new double[laneCount];
        _theta = new double[laneCount];
        _thetaDot = new double[laneCount];
        _steps = new int[laneCount];
        _terminated = new bool[laneCount];
        _truncated = new bool[laneCount];
        _terminated.AsSpan().Fill(true); // no episode has started: nothing steps until Reset or SetState
    }

    /// <inheritdoc/>
    public EnvironmentSpec Spec => SpecInstance;

    /// <inheritdoc/>
    public int LaneCount { get; }

    /// <inheritdoc/>
    public int RunningLaneCount => _running;

    /// <inheritdoc/>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <inheritdoc/>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <inheritdoc/>
    public IReadOnlyList<string> StateNames { get; } = ["x", "x_dot", "theta", "theta_dot"];

    /// <summary>Builds the spec (also used by the registry without creating lanes).</summary>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec CreateSpec() => new(
        Name,
        "Cart-pole swing-up (WANN/estool): swing a hanging pole up and balance it; reward up to 1 per step",
        ["x", "x_dot", "cos_theta", "sin_theta", "theta_dot"],
        ["force"],
        [-1.0],
        [1.0],
        StepLimit);

    /// <summary>Draws the start state the reference draws: each component normal around (0, 0, π, 0) with sd 0.2.</summary>
    /// <param name="seed">The episode seed.</param>
    /// <param name="state">Receives x, ẋ, θ, θ̇.</param>
    public static void SampleStart(ulong seed, Span<double> state)
    {
        var rng = new Xoshiro256(seed);
        state[0] = StartSpread * rng.NextGaussian();
        state[1] = StartSpread * rng.NextGaussian();
        state[2] = Math.PI + (StartSpread * rng.NextGaussian());
        state[3] = StartSpread * rng.NextGaussian();
    }

    /// <summary>The per-step reward on a (post-step) state.</summary>
    /// <param name="x">Cart position.</param>
    /// <param name="theta">Pole angle (0 upright).</param>
    /// <returns>((cos θ + 1) / 2) · cos(x / 2.4 · π / 2).</returns>
    public static double Reward(double x, double theta) =>
        ((Math.Cos(theta) + 1.0) * 0.5) * Math.Cos(x / TrackLimit * (Math.PI / 2.0));

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<ulong> seeds)
    {
        if (seeds.Length != LaneCount)
        {
            throw new ArgumentException($"Expected {LaneCount} seeds, got {seeds.Length}.", nameof(seeds));
        }

        Span<double> start = stackalloc double[4];
        for (int i = 0; i < LaneCount; i++)
        {
            SampleStart(seeds[i], start);
            SetState(i, start);
        }
    }

    /// <inheritdoc/>
    public void WriteObservations(Span<double> observations)
    {
        int n = LaneCount;
        if (observations.Length < 5 * n)
        {
            throw new ArgumentException("The observation buffer is too small.", nameof(observations));
        }

        for (int i = 0; i < n; i++)
        {
            (double sin, double cos) = Math.SinCos(_theta[i]);
            observations[i] = _x[i];
            observations[n + i] = _xDot[i];
            observations[(2 * n) + i] = cos;
            observations[(3 * n) + i] = sin;
            observations[(4 * n) + i] = _thetaDot[i];
        }
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> actions, Span<double> rewards)
    {
        int n = LaneCount;
        if (actions.Length < n || rewards.Length < n)
        {
            throw new ArgumentException("The action or reward buffer is too small.");
        }

        for (int i = 0; i < n; i++)
        {
            if (_terminated[i] || _truncated[i])
            {
                rewards[i] = 0.0;
                continue;
            }

            double force = ForceScale * Math.Clamp(actions[i], -1.0, 1.0);
            if (double.IsNaN(actions[i]))
            {
                force = 0.0; // a NaN output (e.g. inverse of a huge value) pushes nothing rather than poisoning the state
            }

            double x = _x[i];
            double xDot = _xDot[i];
            double theta = _theta[i];
            double thetaDot = _thetaDot[i];
            (double s, double c) = Math.SinCos(theta);

            double xAcc = ((-2.0 * PoleMassLength * thetaDot * thetaDot * s) + (3.0 * PoleMass * Gravity * s * c)
                           + (4.0 * force) - (4.0 * Friction * xDot))
                          / ((4.0 * TotalMass) - (3.0 * PoleMass * c * c));
            double thetaAcc = ((-3.0 * PoleMassLength * thetaDot * thetaDot * s * c) + (6.0 * TotalMass * Gravity * s)
                               + (6.0 * (force - (Friction * xDot)) * c))
                              / ((4.0 * PoleLength * TotalMass) - (3.0 * PoleMassLength * c * c));

            x += xDot * TimeStep;
            theta += thetaDot * TimeStep;
            xDot += xAcc * TimeStep;
            thetaDot += thetaAcc * TimeStep;

            _x[i] = x;
            _xDot[i] = xDot;
            _theta[i] = theta;
            _thetaDot[i] = thetaDot;
            int steps = ++_steps[i];

            rewards[i] = Reward(x, theta);
            if (x < -TrackLimit || x > TrackLimit)
            {
                _terminated[i] = true;
                _running--;
            }
            else if (steps >= StepLimit)
            {
                _truncated[i] = true;
                _running--;
            }
        }
    }

    /// <inheritdoc/>
    public void ReadState(int lane, Span<double> state)
    {
        state[0] = _x[lane];
        state[1] = _xDot[lane];
        state[2] = _theta[lane];
        state[3] = _thetaDot[lane];
    }

    /// <inheritdoc/>
    public void SetState(int lane, ReadOnlySpan<double> state)
    {
        if (state.Length != 4)
        {
            throw new ArgumentException("A swing-up state has 4 components: x, x_dot, theta, theta_dot.", nameof(state));
        }

        if (!IsRunning(lane))
        {
            _running++;
        }

        _x[lane] = state[0];
        _xDot[lane] = state[1];
        _theta[lane] = state[2];
        _thetaDot[lane] = state[3];
        _steps[lane] = 0;
        _terminated[lane] = false;
        _truncated[lane] = false;
    }

    private bool IsRunning(int lane) => !_terminated[lane] && !_truncated[lane];
}
