using System.Numerics;
using System.Runtime.InteropServices;
using Wann.Environments.Numerics;
using Wann.Environments.Randomness;
using Wann.Environments.Spaces;

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
/// <para>Lanes are stepped a SIMD register at a time (<see cref="Vector{T}"/>): state arrays are padded to
/// whole registers, a lane that has ended is masked (its update is multiplied by 0, so its state stays
/// exactly as it was and its reward is 0) rather than branched on, and sin θ and cos θ of the current
/// state are computed once per step and kept for the next step's dynamics and the observation. The
/// trigonometry is <see cref="LaneMath"/>'s, so a lane's trajectory is the same bits whether it runs alone
/// or beside others, on any CPU.</para>
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

    private static readonly int Width = Vector<double>.Count;

    private readonly int _stride;
    private readonly double[] _x;
    private readonly double[] _xDot;
    private readonly double[] _theta;
    private readonly double[] _thetaDot;
    private readonly double[] _sin;
    private readonly double[] _cos;
    private readonly double[] _force;
    private readonly double[] _active;
    private readonly double[] _reward;
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
        _stride = (laneCount + Width - 1) / Width * Width;
        _x = new double[_stride];
        _xDot = new double[_stride];
        _theta = new double[_stride];
        _thetaDot = new double[_stride];
        _sin = new double[_stride];
        _cos = new double[_stride];
        _force = new double[_stride];
        _active = new double[_stride];
        _reward = new double[_stride];
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
        Space.Continuous(
            ["x", "x_dot", "cos_theta", "sin_theta", "theta_dot"],
            [double.NegativeInfinity, double.NegativeInfinity, -1.0, -1.0, double.NegativeInfinity],
            [double.PositiveInfinity, double.PositiveInfinity, 1.0, 1.0, double.PositiveInfinity]),
        Space.Continuous(["force"], [-1.0], [1.0]),
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

        _x.AsSpan(0, n).CopyTo(observations);
        _xDot.AsSpan(0, n).CopyTo(observations[n..]);
        _cos.AsSpan(0, n).CopyTo(observations[(2 * n)..]);
        _sin.AsSpan(0, n).CopyTo(observations[(3 * n)..]);
        _thetaDot.AsSpan(0, n).CopyTo(observations[(4 * n)..]);
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
            // A NaN output (e.g. from an overflowing chain of nodes) pushes nothing rather than poisoning the state.
            double a = actions[i];
            _force[i] = double.IsNaN(a) ? 0.0 : ForceScale * Math.Clamp(a, -1.0, 1.0);
        }

        Integrate();

        for (int i = 0; i < n; i++)
        {
            rewards[i] = _reward[i];
            if (_active[i] == 0.0)
            {
                continue;
            }

            int steps = ++_steps[i];
            double x = _x[i];
            if (x < -TrackLimit || x > TrackLimit)
            {
                _terminated[i] = true;
                _active[i] = 0.0;
                _running--;
            }
            else if (steps >= StepLimit)
            {
                _truncated[i] = true;
                _active[i] = 0.0;
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
        _sin[lane] = LaneMath.SinPi(state[2] * (1.0 / Math.PI));
        _cos[lane] = LaneMath.CosPi(state[2] * (1.0 / Math.PI));
        _active[lane] = 1.0;
        _steps[lane] = 0;
        _terminated[lane] = false;
        _truncated[lane] = false;
    }

    private bool IsRunning(int lane) => !_terminated[lane] && !_truncated[lane];

    /// <summary>One explicit-Euler step of every lane, a register at a time, masked by <c>_active</c>.</summary>
    private void Integrate()
    {
        ref double x = ref MemoryMarshal.GetArrayDataReference(_x);
        ref double xDot = ref MemoryMarshal.GetArrayDataReference(_xDot);
        ref double theta = ref MemoryMarshal.GetArrayDataReference(_theta);
        ref double thetaDot = ref MemoryMarshal.GetArrayDataReference(_thetaDot);
        ref double sin = ref MemoryMarshal.GetArrayDataReference(_sin);
        ref double cos = ref MemoryMarshal.GetArrayDataReference(_cos);
        ref double force = ref MemoryMarshal.GetArrayDataReference(_force);
        ref double active = ref MemoryMarshal.GetArrayDataReference(_active);
        ref double reward = ref MemoryMarshal.GetArrayDataReference(_reward);
        var dt = new Vector<double>(TimeStep);
        var half = new Vector<double>(0.5);
        var xScale = new Vector<double>(0.5 / TrackLimit); // cos(x / 2.4 · π/2) = cos(π · x / 4.8)
        var invPi = new Vector<double>(1.0 / Math.PI);
        for (nuint i = 0; i < (nuint)_stride; i += (nuint)Width)
        {
            Vector<double> s = Vector.LoadUnsafe(ref sin, i);
            Vector<double> c = Vector.LoadUnsafe(ref cos, i);
            Vector<double> v = Vector.LoadUnsafe(ref xDot, i);
            Vector<double> w = Vector.LoadUnsafe(ref thetaDot, i);
            Vector<double> f = Vector.LoadUnsafe(ref force, i);
            Vector<double> on = Vector.LoadUnsafe(ref active, i);
            Vector<double> ww = w * w;
            Vector<double> cc = c * c;

            Vector<double> xAcc = ((new Vector<double>(-2.0 * PoleMassLength) * ww * s) + (new Vector<double>(3.0 * PoleMass * Gravity) * s * c)
                                   + (new Vector<double>(4.0) * f) - (new Vector<double>(4.0 * Friction) * v))
                                  / (new Vector<double>(4.0 * TotalMass) - (new Vector<double>(3.0 * PoleMass) * cc));
            Vector<double> thetaAcc = ((new Vector<double>(-3.0 * PoleMassLength) * ww * s * c) + (new Vector<double>(6.0 * TotalMass * Gravity) * s)
                                       + (new Vector<double>(6.0) * (f - (new Vector<double>(Friction) * v)) * c))
                                      / (new Vector<double>(4.0 * PoleLength * TotalMass) - (new Vector<double>(3.0 * PoleMassLength) * cc));

            // Positions advance with the old velocities (explicit Euler); ended lanes add exactly 0.
            Vector<double> newX = Vector.LoadUnsafe(ref x, i) + (on * (v * dt));
            Vector<double> newTheta = Vector.LoadUnsafe(ref theta, i) + (on * (w * dt));
            (on * (xAcc * dt) + v).StoreUnsafe(ref xDot, i);
            (on * (thetaAcc * dt) + w).StoreUnsafe(ref thetaDot, i);
            newX.StoreUnsafe(ref x, i);
            newTheta.StoreUnsafe(ref theta, i);

            Vector<double> halfTurns = newTheta * invPi;
            Vector<double> newCos = LaneMath.CosPi(halfTurns);
            LaneMath.SinPi(halfTurns).StoreUnsafe(ref sin, i);
            newCos.StoreUnsafe(ref cos, i);
            (on * ((newCos + Vector<double>.One) * half) * LaneMath.CosPi(newX * xScale)).StoreUnsafe(ref reward, i);
        }
    }
}
