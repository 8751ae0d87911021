using Wann.Environments;
using Wann.Environments.Numerics;
using Wann.Environments.Randomness;
using Wann.Environments.Spaces;

namespace Wann.Examples.Gym;

/// <summary>
/// Gymnasium's Acrobot-v1 (classic_control/acrobot.py): two links hang from a pivot, torque acts only on the joint
/// between them; swing the tip above the bar one link length over the pivot.
/// </summary>
/// <remarks>
/// <para>Gymnasium's "book" dynamics (Sutton and Barto) and constants: links of length 1 and mass 1, centres of mass
/// at 0.5, moments of inertia 1, g = 9.8, dt = 0.2 integrated by one classical Runge–Kutta (RK4) step; then θ₁, θ₂
/// are wrapped to [−π, π] and the speeds clipped to ±4π and ±9π. Torque is −1, 0 or +1 (Discrete(3): a network has
/// three outputs and the engine takes the argmax). Reward −1 per step, 0 on the step that reaches the goal
/// −cos θ₁ − cos(θ₁ + θ₂) &gt; 1, which terminates the episode; truncated after 500 steps; Gymnasium's reward
/// threshold is −100. Start: each of θ₁, θ₂, θ̇₁, θ̇₂ ~ U(−0.1, 0.1), rounded to float32 as Gymnasium does.
/// Observation (cos θ₁, sin θ₁, cos θ₂, sin θ₂, θ̇₁, θ̇₂).</para>
/// <para>Trigonometry is <see cref="LaneMath"/>'s (same bits on every CPU and in any lane), so the lane path and the
/// scalar path agree bit for bit.</para>
/// </remarks>
public sealed class Acrobot : LaneEnvironment, IVectorEnvironment
{
    /// <summary>The task name configs use.</summary>
    public const string Name = "acrobot";

    /// <summary>Time step, s.</summary>
    public const double TimeStep = 0.2;

    /// <summary>Largest speed of the first joint, rad/s.</summary>
    public const double MaxVelocity1 = 4 * Math.PI;

    /// <summary>Largest speed of the second joint, rad/s.</summary>
    public const double MaxVelocity2 = 9 * Math.PI;

    /// <summary>Episode limit (Gymnasium's TimeLimit for Acrobot-v1).</summary>
    public const int StepLimit = 500;

    /// <summary>Gymnasium's reward threshold for Acrobot-v1.</summary>
    public const double RewardThreshold = -100.0;

    private const double LinkLength1 = 1.0;
    private const double LinkMass1 = 1.0;
    private const double LinkMass2 = 1.0;
    private const double LinkCom1 = 0.5;
    private const double LinkCom2 = 0.5;
    private const double LinkMoi = 1.0;
    private const double Gravity = 9.8;
    private const string StateNames = "theta1, theta2, theta1_dot, theta2_dot";

    private static readonly EnvironmentSpec SpecInstance = CreateSpec();

    /// <summary>Creates <paramref name="laneCount"/> lanes; call <see cref="Reset"/> before stepping.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    public Acrobot(int laneCount)
        : base(laneCount, 4)
    {
    }

    /// <inheritdoc/>
    public EnvironmentSpec Spec => SpecInstance;

    /// <summary>Builds the spec: Gymnasium's observation space, Discrete(3) torque and the 500-step limit.</summary>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec CreateSpec() => new(
        Name,
        "Gymnasium Acrobot-v1: swing the two-link tip above the bar with torque -1/0/+1 on the middle joint; -1 per step, 500 steps, solved at -100",
        Space.Continuous(
            ["cos_theta1", "sin_theta1", "cos_theta2", "sin_theta2", "theta1_dot", "theta2_dot"],
            [-1.0, -1.0, -1.0, -1.0, -MaxVelocity1, -MaxVelocity2],
            [1.0, 1.0, 1.0, 1.0, MaxVelocity1, MaxVelocity2]),
        Space.Discrete(3, "torque"),
        StepLimit);

    /// <summary>Draws a start state from a seed: four values U(−0.1, 0.1), rounded to float32 like Gymnasium's.</summary>
    /// <param name="seed">The lane's seed.</param>
    /// <param name="state">Receives θ₁, θ₂, θ̇₁, θ̇₂.</param>
    public static void SampleStart(ulong seed, Span<double> state)
    {
        var rng = new Xoshiro256(seed);
        for (int k = 0; k < 4; k++)
        {
            state[k] = (float)rng.NextDouble(-0.1, 0.1);
        }
    }

    /// <summary>Gymnasium's <c>_dsdt</c> ("book" form): the time derivative of the state under a torque.</summary>
    /// <param name="s">θ₁, θ₂, θ̇₁, θ̇₂.</param>
    /// <param name="torque">The torque on the second joint.</param>
    /// <param name="ds">Receives θ̇₁, θ̇₂, θ̈₁, θ̈₂.</param>
    public static void Derivatives(ReadOnlySpan<double> s, double torque, Span<double> ds)
    {
        const double m1 = LinkMass1, m2 = LinkMass2, l1 = LinkLength1, lc1 = LinkCom1, lc2 = LinkCom2, i1 = LinkMoi, i2 = LinkMoi;
        double theta1 = s[0];
        double theta2 = s[1];
        double dtheta1 = s[2];
        double dtheta2 = s[3];
        double cos2 = Cos(theta2);
        double sin2 = Sin(theta2);
        double d1 = (m1 * (lc1 * lc1)) + (m2 * ((l1 * l1) + (lc2 * lc2) + (2 * l1 * lc2 * cos2))) + i1 + i2;
        double d2 = (m2 * ((lc2 * lc2) + (l1 * lc2 * cos2))) + i2;
        double phi2 = m2 * lc2 * Gravity * Cos(theta1 + theta2 - (Math.PI / 2.0));
        double phi1 = (-m2 * l1 * lc2 * (dtheta2 * dtheta2) * sin2)
            - (2 * m2 * l1 * lc2 * dtheta2 * dtheta1 * sin2)
            + (((m1 * lc1) + (m2 * l1)) * Gravity * Cos(theta1 - (Math.PI / 2)))
            + phi2;
        double ddtheta2 = (torque + (d2 / d1 * phi1) - (m2 * l1 * lc2 * (dtheta1 * dtheta1) * sin2) - phi2)
            / ((m2 * (lc2 * lc2)) + i2 - ((d2 * d2) / d1));
        double ddtheta1 = -((d2 * ddtheta2) + phi1) / d1;
        ds[0] = dtheta1;
        ds[1] = dtheta2;
        ds[2] = ddtheta1;
        ds[3] = ddtheta2;
    }

    /// <summary>One Gymnasium step: RK4 over dt, wrap the angles, clip the speeds.</summary>
    /// <param name="state">θ₁, θ₂, θ̇₁, θ̇₂; advanced in place.</param>
    /// <param name="torque">The torque (−1, 0 or +1).</param>
    public static void Integrate(Span<double> state, double torque)
    {
        Span<double> k1 = stackalloc double[4];
        Span<double> k2 = stackalloc double[4];
        Span<double> k3 = stackalloc double[4];
        Span<double> k4 = stackalloc double[4];
        Span<double> y = stackalloc double[4];
        const double dt = TimeStep;
        const double dt2 = dt / 2.0;
        Derivatives(state, torque, k1);
        for (int k = 0; k < 4; k++)
        {
            y[k] = state[k] + (dt2 * k1[k]);
        }

        Derivatives(y, torque, k2);
        for (int k = 0; k < 4; k++)
        {
            y[k] = state[k] + (dt2 * k2[k]);
        }

        Derivatives(y, torque, k3);
        for (int k = 0; k < 4; k++)
        {
            y[k] = state[k] + (dt * k3[k]);
        }

        Derivatives(y, torque, k4);
        for (int k = 0; k < 4; k++)
        {
            // numpy: y0 + dt / 6.0 * (k1 + 2 * k2 + 2 * k3 + k4), evaluated left to right.
            state[k] += dt / 6.0 * (k1[k] + (2 * k2[k]) + (2 * k3[k]) + k4[k]);
        }

        state[0] = Wrap(state[0]);
        state[1] = Wrap(state[1]);
        state[2] = Math.Clamp(state[2], -MaxVelocity1, MaxVelocity1);
        state[3] = Math.Clamp(state[3], -MaxVelocity2, MaxVelocity2);
    }

    /// <summary>Whether the tip is above the bar: −cos θ₁ − cos(θ₂ + θ₁) &gt; 1.</summary>
    /// <param name="state">θ₁, θ₂, θ̇₁, θ̇₂.</param>
    /// <returns>True at the goal.</returns>
    public static bool IsTerminal(ReadOnlySpan<double> state) => -Cos(state[0]) - Cos(state[1] + state[0]) > 1.0;

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<ulong> seeds)
    {
        Span<double> start = stackalloc double[4];
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
            observations[i] = Cos(s[0]);
            observations[n + i] = Sin(s[0]);
            observations[(2 * n) + i] = Cos(s[1]);
            observations[(3 * n) + i] = Sin(s[1]);
            observations[(4 * n) + i] = s[2];
            observations[(5 * n) + i] = s[3];
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

            Span<double> s = Lanes.State(i);
            Integrate(s, TorqueOf(actions[i]));
            bool terminal = IsTerminal(s);
            rewards[i] = terminal ? 0.0 : -1.0;
            Lanes.Advance(i, failed: terminal, StepLimit);
        }
    }

    /// <summary>Copies a lane's state (θ₁, θ₂, θ̇₁, θ̇₂).</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">Receives the state.</param>
    public void ReadState(int lane, Span<double> state) => Lanes.State(lane).CopyTo(state);

    /// <summary>Starts a lane's episode from a given state (θ₁, θ₂, θ̇₁, θ̇₂).</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">The state.</param>
    public void SetState(int lane, ReadOnlySpan<double> state) => Lanes.Set(lane, state, StateNames);

    // A discrete action arrives as its index (0, 1, 2); Gymnasium's AVAIL_TORQUE = [-1, 0, +1]. Out-of-range values are clipped.
    private static double TorqueOf(double action) => Math.Clamp(Math.Round(action), 0.0, 2.0) - 1.0;

    private static double Sin(double x) => LaneMath.SinPi(x * (1.0 / Math.PI));

    private static double Cos(double x) => LaneMath.CosPi(x * (1.0 / Math.PI));

    // Gymnasium's wrap(x, -pi, pi): subtract or add the period until inside.
    private static double Wrap(double x)
    {
        const double period = 2.0 * Math.PI;
        while (x > Math.PI)
        {
            x -= period;
        }

        while (x < -Math.PI)
        {
            x += period;
        }

        return x;
    }
}
