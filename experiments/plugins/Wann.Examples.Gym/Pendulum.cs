using Wann.Environments;
using Wann.Environments.Numerics;
using Wann.Environments.Randomness;
using Wann.Environments.Spaces;

namespace Wann.Examples.Gym;

/// <summary>
/// Gymnasium's Pendulum-v1 (classic_control/pendulum.py): swing a frictionless pendulum up and hold it upright with a
/// bounded torque.
/// </summary>
/// <remarks>
/// <para>Gymnasium's equations and constants: g = 10, m = 1, l = 1, dt = 0.05, |θ̇| ≤ 8, |u| ≤ 2.
/// θ̇' = clip(θ̇ + (3g/(2l)·sin θ + 3/(m l²)·u)·dt, ±8), θ' = θ + θ̇'·dt (semi-implicit Euler);
/// reward −(norm(θ)² + 0.1·θ̇² + 0.001·u²) of the state before the step, norm(θ) = ((θ + π) mod 2π) − π with
/// Python's floored modulo; start θ ~ U(−π, π), θ̇ ~ U(−1, 1); truncated after 200 steps, never terminated.
/// Observation (cos θ, sin θ, θ̇) in [−1, 1]² × [−8, 8]; action: the torque, continuous in [−2, 2], clipped.</para>
/// <para>Sine and cosine are <see cref="LaneMath"/>'s, which give the same bits on every CPU and in any lane, so the
/// engine's lane path and scalar path score a network alike bit for bit.</para>
/// </remarks>
public sealed class Pendulum : LaneEnvironment, IVectorEnvironment
{
    /// <summary>The task name configs use.</summary>
    public const string Name = "pendulum";

    /// <summary>Gravity, m/s² (Gymnasium's default g).</summary>
    public const double Gravity = 10.0;

    /// <summary>Mass, kg.</summary>
    public const double Mass = 1.0;

    /// <summary>Length, m.</summary>
    public const double Length = 1.0;

    /// <summary>Time step, s.</summary>
    public const double TimeStep = 0.05;

    /// <summary>Largest angular speed, rad/s.</summary>
    public const double MaxSpeed = 8.0;

    /// <summary>Largest torque.</summary>
    public const double MaxTorque = 2.0;

    /// <summary>Episode limit (Gymnasium's TimeLimit for Pendulum-v1).</summary>
    public const int StepLimit = 200;

    private const string StateNames = "theta, theta_dot";
    private const double TwoPi = 2.0 * Math.PI;

    private static readonly EnvironmentSpec SpecInstance = CreateSpec();

    /// <summary>Creates <paramref name="laneCount"/> lanes; call <see cref="Reset"/> before stepping.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    public Pendulum(int laneCount)
        : base(laneCount, 2)
    {
    }

    /// <inheritdoc/>
    public EnvironmentSpec Spec => SpecInstance;

    /// <summary>Builds the spec: Gymnasium's observation and action spaces and the 200-step limit.</summary>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec CreateSpec() => new(
        Name,
        "Gymnasium Pendulum-v1: swing up and hold a pendulum with torque in [-2, 2]; reward -(theta^2 + 0.1 theta_dot^2 + 0.001 u^2), 200 steps",
        Space.Continuous(["cos_theta", "sin_theta", "theta_dot"], [-1.0, -1.0, -MaxSpeed], [1.0, 1.0, MaxSpeed]),
        Space.Continuous(["torque"], -MaxTorque, MaxTorque),
        StepLimit);

    /// <summary>Gymnasium's <c>angle_normalize</c>: ((θ + π) mod 2π) − π, with Python's floored modulo.</summary>
    /// <param name="theta">An angle, rad.</param>
    /// <returns>The angle in [−π, π).</returns>
    public static double NormalizeAngle(double theta)
    {
        double m = (theta + Math.PI) % TwoPi; // C#'s % is IEEE fmod (truncated): exact, sign of the dividend
        if (m < 0.0)
        {
            m += TwoPi; // Python's % takes the divisor's sign
        }

        return m - Math.PI;
    }

    /// <summary>Draws a start state from a seed: θ ~ U(−π, π), θ̇ ~ U(−1, 1).</summary>
    /// <param name="seed">The lane's seed.</param>
    /// <param name="state">Receives θ, θ̇.</param>
    public static void SampleStart(ulong seed, Span<double> state)
    {
        var rng = new Xoshiro256(seed);
        state[0] = rng.NextDouble(-Math.PI, Math.PI);
        state[1] = rng.NextDouble(-1.0, 1.0);
    }

    /// <summary>One step of Gymnasium's pendulum: advances the state in place and returns the reward.</summary>
    /// <param name="state">θ, θ̇; advanced in place.</param>
    /// <param name="torque">The torque; clipped to [−2, 2].</param>
    /// <returns>The reward, −(norm(θ)² + 0.1·θ̇² + 0.001·u²) of the state before the step.</returns>
    public static double Integrate(Span<double> state, double torque)
    {
        double th = state[0];
        double thDot = state[1];
        double u = Math.Clamp(torque, -MaxTorque, MaxTorque);
        double angle = NormalizeAngle(th);
        double cost = (angle * angle) + (0.1 * (thDot * thDot)) + (0.001 * (u * u));
        double sin = LaneMath.SinPi(th * (1.0 / Math.PI));
        // Same grouping as Gymnasium: 3g/(2l) = 15, 3/(m l^2) = 3.
        double newThDot = thDot + ((((3.0 * Gravity / (2.0 * Length)) * sin) + ((3.0 / (Mass * Length * Length)) * u)) * TimeStep);
        newThDot = Math.Clamp(newThDot, -MaxSpeed, MaxSpeed);
        state[0] = th + (newThDot * TimeStep);
        state[1] = newThDot;
        return -cost;
    }

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<ulong> seeds)
    {
        Span<double> start = stackalloc double[2];
        for (int i = 0; i < LaneCount; i++)
        {
            SampleStart(seeds[i], start);
            Lanes.Set(i, start, StateNames);
        }
    }

    /// <inheritdoc/>
    public void WriteObservations(Span<double> observations)
    {
        int n = LaneCount;
        for (int i = 0; i < n; i++)
        {
            Span<double> s = Lanes.State(i);
            double halfTurns = s[0] * (1.0 / Math.PI);
            observations[i] = LaneMath.CosPi(halfTurns);
            observations[n + i] = LaneMath.SinPi(halfTurns);
            observations[(2 * n) + i] = s[1];
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

            rewards[i] = Integrate(Lanes.State(i), actions[i]);
            Lanes.Advance(i, failed: false, StepLimit);
        }
    }

    /// <summary>Copies a lane's state (θ, θ̇).</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">Receives the state.</param>
    public void ReadState(int lane, Span<double> state) => Lanes.State(lane).CopyTo(state);

    /// <summary>Starts a lane's episode from a given state (θ, θ̇), e.g. Gymnasium's reference states in tests.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">The state.</param>
    public void SetState(int lane, ReadOnlySpan<double> state) => Lanes.Set(lane, state, StateNames);
}
