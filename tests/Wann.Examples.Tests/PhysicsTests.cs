using Wann.Examples.Gym;

namespace Wann.Examples.Tests;

/// <summary>
/// The example's physics against Gymnasium's equations (classic_control/pendulum.py and acrobot.py). Simple cases are
/// derived by hand in the comments; the multi-step and RK4 figures were computed with Python's <c>math</c> module on a
/// line-by-line transcription of Gymnasium's step (same operation order), so they match to a few units in the last
/// place (LaneMath's sine and cosine may differ from libm's in the last bit).
/// </summary>
public sealed class PhysicsTests
{
    private const double Tolerance = 1e-12;

    [Fact]
    public void Pendulum_step_follows_gymnasium()
    {
        // θ = 1, θ̇ = 0.5, u = 1:
        // reward = −(1² + 0.1·0.5² + 0.001·1²) = −(1 + 0.025 + 0.001) = −1.026
        // θ̇' = 0.5 + (15·sin 1 + 3·1)·0.05 = 0.5 + (12.622064772118448 + 3)·0.05 = 1.2811032386059225
        // θ' = 1 + 1.2811032386059225·0.05 = 1.064055161930296
        double[] s = [1.0, 0.5];
        double reward = Pendulum.Integrate(s, 1.0);
        Assert.Equal(-1.026, reward, Tolerance);
        Assert.Equal(1.2811032386059225, s[1], Tolerance);
        Assert.Equal(1.064055161930296, s[0], Tolerance);

        // Two more steps with u = −1 then 0.5: Gymnasium gives θ = 1.2807707901883163, θ̇ = 2.5474612567627717, return −3.973196015715954.
        double total = reward + Pendulum.Integrate(s, -1.0) + Pendulum.Integrate(s, 0.5);
        Assert.Equal(1.2807707901883163, s[0], Tolerance);
        Assert.Equal(2.5474612567627717, s[1], Tolerance);
        Assert.Equal(-3.973196015715954, total, Tolerance);
    }

    [Fact]
    public void Pendulum_clips_speed_and_torque_and_normalises_the_angle_in_the_cost()
    {
        // θ = π/2, θ̇ = 7.9, u = 2: θ̇' = 7.9 + (15·1 + 6)·0.05 = 8.95 → clipped to 8; θ' = π/2 + 0.4;
        // reward = −((π/2)² + 0.1·7.9² + 0.001·4) = −(2.4674011002723395 + 6.241 + 0.004) = −8.71240110027234.
        // u = 5 is clipped to 2 first, so the step is the same.
        foreach (double u in new[] { 2.0, 5.0 })
        {
            double[] s = [Math.PI / 2, 7.9];
            Assert.Equal(-8.71240110027234, Pendulum.Integrate(s, u), Tolerance);
            Assert.Equal(8.0, s[1]);
            Assert.Equal(1.9707963267948965, s[0], Tolerance);
        }

        // angle_normalize(4) = 4 − 2π; Python's % floors, so −4 maps to 2π − 4, and 3π to −π.
        Assert.Equal(4.0 - (2 * Math.PI), Pendulum.NormalizeAngle(4.0), Tolerance);
        Assert.Equal((2 * Math.PI) - 4.0, Pendulum.NormalizeAngle(-4.0), Tolerance);
        Assert.Equal(-Math.PI, Pendulum.NormalizeAngle(3 * Math.PI), Tolerance);

        // θ = 4, θ̇ = −3, u = −0.5: cost uses (4 − 2π)² = 5.2128..., so reward = −(5.212735 + 0.9 + 0.00025) = −6.113185146920742.
        double[] t = [4.0, -3.0];
        Assert.Equal(-6.113185146920742, Pendulum.Integrate(t, -0.5), Tolerance);
        Assert.Equal(-3.642601871480946, t[1], Tolerance);
        Assert.Equal(3.817869906425953, t[0], Tolerance);
    }

    [Fact]
    public void Pendulum_starts_inside_gymnasiums_start_box()
    {
        var env = new Pendulum(64);
        var seeds = new ulong[64];
        for (int i = 0; i < seeds.Length; i++)
        {
            seeds[i] = (ulong)(1000 + i);
        }

        env.Reset(seeds);
        var state = new double[2];
        for (int i = 0; i < seeds.Length; i++)
        {
            env.ReadState(i, state);
            Assert.InRange(state[0], -Math.PI, Math.PI);
            Assert.InRange(state[1], -1.0, 1.0);
        }
    }

    [Fact]
    public void Acrobot_accelerations_at_hand_derived_states()
    {
        // At rest hanging down (all zero), torque +1: cos θ₂ = 1, sin θ₂ = 0, cos(−π/2) ≈ 0, so
        // d₁ = 1·0.25 + 1·(1 + 0.25 + 2·0.5) + 1 + 1 = 4.5, d₂ = 1·(0.25 + 0.5) + 1 = 1.75, φ₁ = φ₂ = 0,
        // θ̈₂ = 1 / (0.25 + 1 − 1.75²/4.5) = 1 / (41/72) = 72/41, θ̈₁ = −(d₂θ̈₂ + φ₁)/d₁ = −(1.75·72/41)/4.5 = −28/41.
        var ds = new double[4];
        Acrobot.Derivatives([0, 0, 0, 0], 1.0, ds);
        Assert.Equal([0.0, 0.0], ds[..2]);
        Assert.Equal(-28.0 / 41, ds[2], Tolerance);
        Assert.Equal(72.0 / 41, ds[3], Tolerance);

        // First link horizontal (θ₁ = π/2), at rest, no torque: cos(θ₁ − π/2) = cos(θ₁ + θ₂ − π/2) = 1, so
        // φ₂ = 0.5·9.8 = 4.9, φ₁ = (0.5 + 1)·9.8 + 4.9 = 19.6,
        // θ̈₂ = (1.75/4.5·19.6 − 4.9) / (41/72) = (49/18)·(72/41) = 196/41,
        // θ̈₁ = −(1.75·196/41 + 19.6)/4.5 = −(343/41 + 98/5)/4.5 = −(5733/205)/4.5 = −1274/205.
        Acrobot.Derivatives([Math.PI / 2, 0, 0, 0], 0.0, ds);
        Assert.Equal(196.0 / 41, ds[3], Tolerance);
        Assert.Equal(-1274.0 / 205, ds[2], Tolerance);
    }

    [Fact]
    public void Acrobot_rk4_step_wraps_and_matches_gymnasium()
    {
        double[] s = [0.05, -0.03, 0.02, 0.01];
        Acrobot.Integrate(s, 1.0);
        Assert.Equal(0.03396426807716706, s[0], Tolerance);
        Assert.Equal(0.014028356136744108, s[1], Tolerance);
        Assert.Equal(-0.175464650251537, s[2], Tolerance);
        Assert.Equal(0.4197156022652691, s[3], Tolerance);

        // Two more steps, torque +1 then −1.
        Acrobot.Integrate(s, 1.0);
        Acrobot.Integrate(s, -1.0);
        Assert.Equal(-0.0576682850058025, s[0], Tolerance);
        Assert.Equal(0.21577577468804512, s[1], Tolerance);
        Assert.Equal(-0.09182317700513473, s[2], Tolerance);
        Assert.Equal(0.13093718714167968, s[3], Tolerance);

        // Fast spin: both angles pass π during the step and are wrapped back into [−π, π]; θ̇₁ is clipped to 4π.
        double[] fast = [0.0, 0.0, 12.0, 28.0];
        Acrobot.Integrate(fast, 1.0);
        Assert.Equal(-2.297828492152491, fast[0], Tolerance);
        Assert.Equal(-2.2238561489521658, fast[1], Tolerance);
        Assert.Equal(4 * Math.PI, fast[2]);
        Assert.Equal(25.621435365061515, fast[3], 1e-11);
    }

    [Fact]
    public void Acrobot_reaching_the_bar_terminates_with_reward_zero()
    {
        // −cos θ₁ − cos(θ₂ + θ₁) > 1: hanging down gives −2 (not terminal), pointing up (θ₁ = π) gives 2.
        Assert.False(Acrobot.IsTerminal([0, 0, 0, 0]));
        Assert.True(Acrobot.IsTerminal([Math.PI, 0, 0, 0]));
        Assert.False(Acrobot.IsTerminal([Math.PI / 2, 0, 0, 0])); // horizontal: −0 − 0 = 0

        // Start just past upright, still: the next state is still above the bar, so the step ends the episode with reward 0.
        var env = new Acrobot(2);
        env.Reset([1UL, 2UL]);
        env.SetState(0, [Math.PI - 0.1, 0, 0, 0]);
        var rewards = new double[2];
        env.Step([1.0, 1.0], rewards);
        Assert.Equal([0.0, -1.0], rewards);
        Assert.True(env.Terminated[0]);
        Assert.False(env.Terminated[1]);
        Assert.Equal(1, env.RunningLaneCount);
    }

    [Fact]
    public void Acrobot_starts_are_float32_values_inside_gymnasiums_start_box()
    {
        var env = new Acrobot(32);
        var seeds = new ulong[32];
        for (int i = 0; i < seeds.Length; i++)
        {
            seeds[i] = (ulong)(77 + i);
        }

        env.Reset(seeds);
        var state = new double[4];
        for (int i = 0; i < seeds.Length; i++)
        {
            env.ReadState(i, state);
            foreach (double v in state)
            {
                Assert.InRange(v, -0.1, 0.1);
                Assert.Equal(v, (double)(float)v);
            }
        }
    }
}
