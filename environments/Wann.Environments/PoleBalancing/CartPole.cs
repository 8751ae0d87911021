using Wann.Environments.Numerics;
using Wann.Environments.Randomness;
using Wann.Environments.Spaces;

namespace Wann.Environments.PoleBalancing;

/// <summary>
/// Gym / Gymnasium CartPole-v1: keep a pole upright on a cart by pushing it left or right.
/// </summary>
/// <remarks>
/// Exactly as shared/reference/envs.md §1: g = 9.8, cart 1.0 kg, pole 0.1 kg with half-length 0.5,
/// force ±10 N, τ = 0.02 s with explicit Euler (positions advance with the old velocities), episode over
/// when |x| &gt; 2.4 or |θ| &gt; 12° (12·2π/360), +1 reward per step including the last, truncated after
/// 500 steps, start state U(−0.05, 0.05) in every component. State and observation: x, ẋ, θ, θ̇.
/// Native action: Discrete(2), one value per lane: 1 pushes right (+10 N), 0 (or anything else) left. A one-output
/// network is thresholded at 0.5 by the task's action decoder.
/// </remarks>
public sealed class CartPole : LaneEnvironment, IVectorEnvironment, IPhysicalState
{
    /// <summary>The registry name.</summary>
    public const string Name = "cartpole";

    /// <summary>Gravity, m/s².</summary>
    public const double Gravity = 9.8;

    /// <summary>Cart mass, kg.</summary>
    public const double CartMass = 1.0;

    /// <summary>Pole mass, kg.</summary>
    public const double PoleMass = 0.1;

    /// <summary>Half the pole's length, m.</summary>
    public const double HalfLength = 0.5;

    /// <summary>Push force, N.</summary>
    public const double ForceMagnitude = 10.0;

    /// <summary>Time step, s.</summary>
    public const double Tau = 0.02;

    /// <summary>Half-width of the track, m.</summary>
    public const double TrackLimit = 2.4;

    /// <summary>Failure angle, rad (12°).</summary>
    public const double AngleLimit = 12 * 2 * Math.PI / 360;

    /// <summary>Episode limit (CartPole-v1).</summary>
    public const int StepLimit = 500;

    private const double TotalMass = CartMass + PoleMass;
    private const double PoleMassLength = PoleMass * HalfLength;

    private static readonly EnvironmentSpec SpecInstance = CreateSpec();

    /// <summary>Creates <paramref name="laneCount"/> lanes; call <see cref="Reset"/> before stepping.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    public CartPole(int laneCount)
        : base(laneCount, 4)
    {
    }

    /// <inheritdoc/>
    public EnvironmentSpec Spec => SpecInstance;

    /// <inheritdoc/>
    public IReadOnlyList<string> StateNames { get; } = ["x", "x_dot", "theta", "theta_dot"];

    /// <summary>Builds the spec.</summary>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec CreateSpec() => new(
        Name,
        "Gym CartPole-v1: balance a pole by pushing the cart left or right; +1 per step, 500 steps",
        Space.Continuous(
            ["x", "x_dot", "theta", "theta_dot"],
            [-2 * TrackLimit, double.NegativeInfinity, -2 * AngleLimit, double.NegativeInfinity],
            [2 * TrackLimit, double.PositiveInfinity, 2 * AngleLimit, double.PositiveInfinity]),
        Space.Discrete(2, "push_right"),
        StepLimit);

    /// <summary>One Euler step of the CartPole equations (Barto, Sutton and Anderson form, no friction).</summary>
    /// <param name="state">x, ẋ, θ, θ̇; advanced in place.</param>
    /// <param name="force">The force, N.</param>
    public static void Integrate(Span<double> state, double force)
    {
        double x = state[0];
        double xDot = state[1];
        double theta = state[2];
        double thetaDot = state[3];
        double sin = LaneMath.SinPi(theta * (1.0 / Math.PI));
        double cos = LaneMath.CosPi(theta * (1.0 / Math.PI));
        double temp = (force + (PoleMassLength * thetaDot * thetaDot * sin)) / TotalMass;
        double thetaAcc = ((Gravity * sin) - (cos * temp)) / (HalfLength * ((4.0 / 3.0) - (PoleMass * cos * cos / TotalMass)));
        double xAcc = temp - (PoleMassLength * thetaAcc * cos / TotalMass);
        state[0] = x + (Tau * xDot);
        state[1] = xDot + (Tau * xAcc);
        state[2] = theta + (Tau * thetaDot);
        state[3] = thetaDot + (Tau * thetaAcc);
    }

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<ulong> seeds)
    {
        Span<double> start = stackalloc double[4];
        for (int i = 0; i < LaneCount; i++)
        {
            var rng = new Xoshiro256(seeds[i]);
            for (int k = 0; k < 4; k++)
            {
                start[k] = rng.NextDouble(-0.05, 0.05);
            }

            SetState(i, start);
        }
    }

    /// <inheritdoc/>
    public void WriteObservations(Span<double> observations) => Lanes.WriteComponents(observations, [0, 1, 2, 3], [1.0, 1.0, 1.0, 1.0]);

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
            Integrate(s, actions[i] == 1.0 ? ForceMagnitude : -ForceMagnitude);
            rewards[i] = 1.0;
            bool failed = s[0] < -TrackLimit || s[0] > TrackLimit || s[2] < -AngleLimit || s[2] > AngleLimit;
            Lanes.Advance(i, failed, StepLimit);
        }
    }

    /// <inheritdoc/>
    public void ReadState(int lane, Span<double> state) => Lanes.State(lane).CopyTo(state);

    /// <inheritdoc/>
    public void SetState(int lane, ReadOnlySpan<double> state) => Lanes.Set(lane, state, "x, x_dot, theta, theta_dot");
}
