using Wann.Environments.Numerics;
using Wann.Environments.Spaces;

namespace Wann.Environments.PoleBalancing;

/// <summary>
/// Double pole balancing (Wieland 1991) as the NEAT and ESP benchmarks run it: two poles of different
/// length on one cart, with or without the velocities in the observation.
/// </summary>
/// <remarks>
/// <para>Physics as NEAT C++ (Gomez's code, shared/reference/envs.md §3.1): cart 1 kg, poles 0.1 kg / 0.5 m
/// and 0.01 kg / 0.05 m half-lengths, gravity −9.8 (the code's sign convention), hinge friction 2e-6, no cart
/// friction term, classic RK4 with h = 0.01 and two RK4 steps per decision (0.02 s). Force (o − 0.5)·20 N
/// for an action o clipped to [0, 1]. Failure: |x| &gt; 2.4 m or either pole beyond 0.628329 rad (36°). Start:
/// θ₁ = 0.07 rad, all else 0 (the reset seed is not used: the benchmark's start is fixed; other starts are set
/// with <see cref="SetState"/>, e.g. <see cref="GeneralizationStarts"/>). Reward: 1 per step balanced.</para>
/// <para>Observation with velocities (NEAT's scaling): x/4.8, ẋ/2, θ₁/0.52, θ̇₁/2, θ₂/0.52, θ̇₂/2. Without:
/// x/4.8, θ₁/0.52, θ₂/0.52. NEAT also feeds a constant 0.5 input; Wann networks have their own bias node,
/// so it is left out.</para>
/// <para>State order: x, ẋ, θ₁, θ̇₁, θ₂, θ̇₂.</para>
/// </remarks>
public sealed class DoublePole : LaneEnvironment, IVectorEnvironment, IPhysicalState
{
    /// <summary>Registry name of the variant with velocities (Markovian).</summary>
    public const string MarkovName = "doublepole";

    /// <summary>Registry name of the variant without velocities (non-Markovian).</summary>
    public const string NonMarkovName = "doublepole-novel";

    /// <summary>Gravity in the code's sign convention, m/s².</summary>
    public const double Gravity = -9.8;

    /// <summary>Cart mass, kg.</summary>
    public const double CartMass = 1.0;

    /// <summary>Long pole mass, kg.</summary>
    public const double Mass1 = 0.1;

    /// <summary>Long pole half-length, m.</summary>
    public const double Length1 = 0.5;

    /// <summary>Short pole mass, kg.</summary>
    public const double Mass2 = 0.01;

    /// <summary>Short pole half-length, m.</summary>
    public const double Length2 = 0.05;

    /// <summary>Hinge friction.</summary>
    public const double HingeFriction = 0.000002;

    /// <summary>Largest force, N.</summary>
    public const double ForceMagnitude = 10.0;

    /// <summary>RK4 step, s.</summary>
    public const double Tau = 0.01;

    /// <summary>Failure angle of either pole, rad (36°).</summary>
    public const double AngleLimit = 0.628329;

    /// <summary>Half-width of the track, m.</summary>
    public const double TrackLimit = 2.4;

    /// <summary>The standard start angle of the long pole, rad.</summary>
    public const double StartAngle = 0.07;

    private readonly int _stepLimit;

    /// <summary>Creates lanes of the double pole.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    /// <param name="velocities">Whether the observation includes the velocities.</param>
    /// <param name="stepLimit">Steps after which an episode is truncated (100,000 is the benchmark's success criterion).</param>
    public DoublePole(int laneCount, bool velocities, int stepLimit)
        : base(laneCount, 6)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(stepLimit, 1);
        Velocities = velocities;
        _stepLimit = stepLimit;
        Spec = CreateSpec(velocities, stepLimit);
    }

    /// <summary>Gets a value indicating whether the observation includes velocities.</summary>
    public bool Velocities { get; }

    /// <inheritdoc/>
    public EnvironmentSpec Spec { get; }

    /// <inheritdoc/>
    public IReadOnlyList<string> StateNames { get; } = ["x", "x_dot", "theta1", "theta1_dot", "theta2", "theta2_dot"];

    /// <summary>Builds the spec of a variant.</summary>
    /// <param name="velocities">With velocities or not.</param>
    /// <param name="stepLimit">The episode limit.</param>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec CreateSpec(bool velocities, int stepLimit) => velocities
        ? new(MarkovName, "Double pole balancing with velocities (Wieland; NEAT's RK4 and input scaling); 1 per step",
            Space.Continuous(
                ["x/4.8", "x_dot/2", "theta1/0.52", "theta1_dot/2", "theta2/0.52", "theta2_dot/2"],
                [-1.0, double.NegativeInfinity, -2.0, double.NegativeInfinity, -2.0, double.NegativeInfinity],
                [1.0, double.PositiveInfinity, 2.0, double.PositiveInfinity, 2.0, double.PositiveInfinity]),
            Space.Continuous(["force"], [0.0], [1.0]),
            stepLimit)
        : new(NonMarkovName, "Double pole balancing without velocities (needs memory: recurrent networks); 1 per step",
            Space.Continuous(["x/4.8", "theta1/0.52", "theta2/0.52"], [-1.0, -2.0, -2.0], [1.0, 2.0, 2.0]),
            Space.Continuous(["force"], [0.0], [1.0]),
            stepLimit);

    /// <summary>
    /// The 625 starts of the generalisation test (NEAT's pole2_epoch): every combination of five values of x,
    /// ẋ, θ₁ and θ̇₁ (lo + v·range for v in 0.05, 0.25, 0.5, 0.75, 0.95), with θ₂ = θ̇₂ = 0.
    /// </summary>
    /// <returns>625 states in x, ẋ, θ₁, θ̇₁, θ₂, θ̇₂ order.</returns>
    public static double[][] GeneralizationStarts()
    {
        double[] v = [0.05, 0.25, 0.5, 0.75, 0.95];
        var starts = new List<double[]>(625);
        foreach (double a in v)
        {
            foreach (double b in v)
            {
                foreach (double c in v)
                {
                    foreach (double d in v)
                    {
                        starts.Add([(a * 4.32) - 2.16, (b * 2.70) - 1.35, (c * 0.12566304) - 0.06283152, (d * 0.30019504) - 0.15009752, 0.0, 0.0]);
                    }
                }
            }
        }

        return [.. starts];
    }

    /// <summary>The term Gruau's damping fitness sums over the last 100 steps: |x| + |ẋ| + |θ₁| + |θ̇₁| of the true state.</summary>
    /// <param name="state">x, ẋ, θ₁, θ̇₁, θ₂, θ̇₂.</param>
    /// <returns>The jiggle of this step.</returns>
    public static double Jiggle(ReadOnlySpan<double> state) =>
        Math.Abs(state[0]) + Math.Abs(state[1]) + Math.Abs(state[2]) + Math.Abs(state[3]);

    /// <summary>The equations of motion: derivatives of the state under a force.</summary>
    /// <param name="force">Force on the cart, N.</param>
    /// <param name="s">The state.</param>
    /// <param name="d">Receives dx/dt, dẋ/dt, dθ₁/dt, dθ̇₁/dt, dθ₂/dt, dθ̇₂/dt.</param>
    public static void Derivatives(double force, ReadOnlySpan<double> s, Span<double> d)
    {
        double sin1 = LaneMath.SinPi(s[2] * (1.0 / Math.PI));
        double cos1 = LaneMath.CosPi(s[2] * (1.0 / Math.PI));
        double sin2 = LaneMath.SinPi(s[4] * (1.0 / Math.PI));
        double cos2 = LaneMath.CosPi(s[4] * (1.0 / Math.PI));
        double ml1 = Length1 * Mass1;
        double ml2 = Length2 * Mass2;
        double f1 = (ml1 * s[3] * s[3] * sin1) + (0.75 * Mass1 * cos1 * ((HingeFriction * s[3] / ml1) + (Gravity * sin1)));
        double f2 = (ml2 * s[5] * s[5] * sin2) + (0.75 * Mass2 * cos2 * ((HingeFriction * s[5] / ml2) + (Gravity * sin2)));
        double m1 = Mass1 * (1.0 - (0.75 * cos1 * cos1));
        double m2 = Mass2 * (1.0 - (0.75 * cos2 * cos2));
        double xAcc = (force + f1 + f2) / (m1 + m2 + CartMass);
        d[0] = s[1];
        d[1] = xAcc;
        d[2] = s[3];
        d[3] = -0.75 * ((xAcc * cos1) + (Gravity * sin1) + (HingeFriction * s[3] / ml1)) / Length1;
        d[4] = s[5];
        d[5] = -0.75 * ((xAcc * cos2) + (Gravity * sin2) + (HingeFriction * s[5] / ml2)) / Length2;
    }

    /// <summary>One decision: the force held for two classic RK4 steps of 0.01 s, arranged as NEAT's rk4 does.</summary>
    /// <param name="state">The state; advanced in place.</param>
    /// <param name="force">The force, N.</param>
    public static void Integrate(Span<double> state, double force)
    {
        Span<double> k1 = stackalloc double[6];
        Span<double> k2 = stackalloc double[6];
        Span<double> k3 = stackalloc double[6];
        Span<double> k4 = stackalloc double[6];
        Span<double> y = stackalloc double[6];
        const double half = Tau * 0.5;
        const double sixth = Tau / 6.0;
        for (int step = 0; step < 2; step++)
        {
            Derivatives(force, state, k1);
            for (int i = 0; i < 6; i++)
            {
                y[i] = state[i] + (half * k1[i]);
            }

            Derivatives(force, y, k2);
            for (int i = 0; i < 6; i++)
            {
                y[i] = state[i] + (half * k2[i]);
            }

            Derivatives(force, y, k3);
            for (int i = 0; i < 6; i++)
            {
                y[i] = state[i] + (Tau * k3[i]);
            }

            Derivatives(force, y, k4);
            for (int i = 0; i < 6; i++)
            {
                state[i] += sixth * (k1[i] + k4[i] + (2.0 * (k2[i] + k3[i])));
            }
        }
    }

    /// <summary>Whether a state has failed: cart off the track or a pole beyond 36°.</summary>
    /// <param name="s">The state.</param>
    /// <returns>True when failed.</returns>
    public static bool Failed(ReadOnlySpan<double> s) =>
        s[0] < -TrackLimit || s[0] > TrackLimit || s[2] < -AngleLimit || s[2] > AngleLimit || s[4] < -AngleLimit || s[4] > AngleLimit;

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<ulong> seeds)
    {
        double[] start = [0.0, 0.0, StartAngle, 0.0, 0.0, 0.0];
        for (int i = 0; i < LaneCount; i++)
        {
            SetState(i, start);
        }
    }

    /// <inheritdoc/>
    public void WriteObservations(Span<double> observations)
    {
        if (Velocities)
        {
            Lanes.WriteComponents(observations, [0, 1, 2, 3, 4, 5], [4.8, 2.0, 0.52, 2.0, 0.52, 2.0]);
        }
        else
        {
            Lanes.WriteComponents(observations, [0, 2, 4], [4.8, 0.52, 0.52]);
        }
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> actions, Span<double> rewards)
    {
        for (int i = 0; i < LaneCount; i++)
        {
            if (!Lanes.IsRunning(i))
            {
                rewards[i] = 0.0;
                continue;
            }

            double o = double.IsNaN(actions[i]) ? 0.5 : Math.Clamp(actions[i], 0.0, 1.0);
            Span<double> s = Lanes.State(i);
            Integrate(s, (o - 0.5) * 2.0 * ForceMagnitude);
            rewards[i] = 1.0;
            Lanes.Advance(i, Failed(s), _stepLimit);
        }
    }

    /// <inheritdoc/>
    public void ReadState(int lane, Span<double> state) => Lanes.State(lane).CopyTo(state);

    /// <inheritdoc/>
    public void SetState(int lane, ReadOnlySpan<double> state) => Lanes.Set(lane, state, "x, x_dot, theta1, theta1_dot, theta2, theta2_dot");
}
