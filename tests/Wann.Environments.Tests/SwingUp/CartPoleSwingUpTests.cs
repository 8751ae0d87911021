using Wann.Environments.SwingUp;

namespace Wann.Environments.Tests.SwingUp;

public class CartPoleSwingUpTests
{
    // Expected values were computed by hand from the published equations (shared/reference/envs.md §2):
    // x' = x + ẋ·dt, θ' = θ + θ̇·dt with the old velocities, then ẋ' = ẋ + ẍ·dt, θ̇' = θ̇ + θ̈·dt.
    [Fact]
    public void One_step_from_a_general_state_matches_the_equations()
    {
        var env = new CartPoleSwingUp(1);
        env.SetState(0, [0.1, -0.2, 3.0, 0.5]);
        var rewards = new double[1];
        env.Step([0.3], rewards);

        var s = new double[4];
        env.ReadState(0, s);
        Assert.Equal(0.098, s[0], 1e-15);
        Assert.Equal(-0.16046860976419763, s[1], 1e-13);
        Assert.Equal(3.005, s[2], 1e-15);
        Assert.Equal(0.43680551269462625, s[3], 1e-13);
        Assert.Equal(0.004647564022264738, rewards[0], 1e-15);
        Assert.False(env.Terminated[0]);
    }

    [Fact]
    public void Full_push_from_hanging_rest_accelerates_cart_right_and_pole_back()
    {
        // At θ = π: sin θ = 0, cos θ = −1, so ẍ = 4F/(4M − 3m_p) = 40/2.5 = 16 and θ̈ = −6F/(4lM − 3m_p l) = −60/1.5 = −40.
        var env = new CartPoleSwingUp(1);
        env.SetState(0, [0.0, 0.0, Math.PI, 0.0]);
        var rewards = new double[1];
        env.Step([5.0], rewards); // clipped to 1

        var s = new double[4];
        env.ReadState(0, s);
        Assert.Equal(0.16, s[1], 1e-12);
        Assert.Equal(-0.4, s[3], 1e-12);
        Assert.Equal(0.0, rewards[0], 1e-15); // pole hanging straight down: (cos π + 1)/2 = 0
    }

    [Fact]
    public void Leaving_the_track_terminates_and_still_pays_the_step_reward()
    {
        var env = new CartPoleSwingUp(2);
        env.SetState(0, [2.39, 1.0, 0.0, 0.0]);
        env.SetState(1, [0.0, 0.0, 0.0, 0.0]);
        var rewards = new double[2];

        env.Step([0.0, 0.0], rewards);
        Assert.False(env.Terminated[0]);
        env.Step([0.0, 0.0], rewards);

        Assert.True(env.Terminated[0]);
        Assert.Equal(-0.006534466213159811, rewards[0], 1e-12); // cos of more than π/2: slightly negative, as in the reference
        Assert.Equal(1, env.RunningLaneCount);

        // The finished lane stays frozen with zero reward while the other goes on.
        var before = new double[4];
        env.ReadState(0, before);
        env.Step([1.0, 0.0], rewards);
        var after = new double[4];
        env.ReadState(0, after);
        Assert.Equal(before, after);
        Assert.Equal(0.0, rewards[0]);
        Assert.Equal(1.0, rewards[1], 1e-12); // upright in the middle: full reward
    }

    [Fact]
    public void Episode_is_truncated_after_1000_steps()
    {
        var env = new CartPoleSwingUp(1);
        env.SetState(0, [0.0, 0.0, 0.0, 0.0]);
        var rewards = new double[1];
        int steps = 0;
        while (env.RunningLaneCount > 0)
        {
            env.Step([0.0], rewards);
            steps++;
        }

        Assert.Equal(1000, steps);
        Assert.True(env.Truncated[0]);
        Assert.False(env.Terminated[0]);
    }

    [Fact]
    public void Observation_is_x_xdot_cos_sin_thetadot_component_major()
    {
        var env = new CartPoleSwingUp(2);
        env.SetState(0, [0.5, -1.0, Math.PI / 2, 2.0]);
        env.SetState(1, [-0.5, 1.0, 0.0, -2.0]);
        var obs = new double[10];
        env.WriteObservations(obs);
        double[] expected = [0.5, -0.5, -1.0, 1.0, 0.0, 1.0, 1.0, 0.0, 2.0, -2.0];
        for (int i = 0; i < obs.Length; i++)
        {
            Assert.Equal(expected[i], obs[i], 1e-15);
        }
    }

    [Fact]
    public void Start_states_follow_the_seed_and_the_reference_distribution()
    {
        const int n = 4000;
        var env = new CartPoleSwingUp(n);
        var seeds = new ulong[n];
        for (int i = 0; i < n; i++)
        {
            seeds[i] = (ulong)i * 7919UL;
        }

        env.Reset(seeds);
        var s = new double[4];
        double sumTheta = 0.0;
        double sumSquares = 0.0;
        for (int i = 0; i < n; i++)
        {
            env.ReadState(i, s);
            sumTheta += s[2];
            sumSquares += s[0] * s[0];
        }

        Assert.Equal(Math.PI, sumTheta / n, 0.02);         // mean π, standard error 0.2/√4000 ≈ 0.003
        Assert.Equal(0.2, Math.Sqrt(sumSquares / n), 0.01); // sd 0.2

        // Same seed, same start; different seed, different start.
        var a = new double[4];
        var b = new double[4];
        CartPoleSwingUp.SampleStart(42, a);
        CartPoleSwingUp.SampleStart(42, b);
        Assert.Equal(a, b);
        CartPoleSwingUp.SampleStart(43, b);
        Assert.NotEqual(a, b);
    }
}
