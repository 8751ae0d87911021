using Wann.Environments.PoleBalancing;
using Wann.Environments.Randomness;

namespace Wann.Environments.Tests.PoleBalancing;

public class PoleBalancingTests
{
    [Fact]
    public void Cartpole_pushed_right_from_rest_falls_on_step_9_and_left_mirrors_it()
    {
        foreach (double action in new[] { 1.0, 0.0 })
        {
            var env = new CartPole(1);
            env.SetState(0, [0, 0, 0, 0]);
            var reward = new double[1];
            int steps = 0;
            while (env.RunningLaneCount > 0)
            {
                env.Step([action], reward);
                steps++;
                Assert.Equal(1.0, reward[0]);
            }

            var s = new double[4];
            env.ReadState(0, s);
            Assert.Equal(9, steps);
            Assert.True(env.Terminated[0]);
            Assert.Equal(action > 0.5 ? -0.2152 : 0.2152, s[2], 1e-4);
        }
    }

    [Fact]
    public void Cartpole_first_euler_step_matches_hand_computation()
    {
        // From rest, F = +10: temp = 10/1.1; θ̈ = −cos0·temp / (0.5·(4/3 − 0.1/1.1)) = −9.0909/0.62121 = −14.6341;
        // ẍ = temp − 0.05·θ̈/1.1 = 9.0909 + 0.66519 = 9.7561. Euler: positions unchanged, velocities += 0.02·acc.
        var env = new CartPole(1);
        env.SetState(0, [0, 0, 0, 0]);
        env.Step([1.0], new double[1]);
        var s = new double[4];
        env.ReadState(0, s);
        Assert.Equal(0.0, s[0]);
        Assert.Equal(0.02 * 9.75609756097561, s[1], 1e-12);
        Assert.Equal(0.0, s[2]);
        Assert.Equal(0.02 * -14.634146341463415, s[3], 1e-12);
    }

    [Theory]
    [InlineData(0.5, 23, 2)]
    [InlineData(1.0, 5, 0)]
    [InlineData(0.0, 5, 0)]
    public void Double_pole_from_the_standard_start_fails_when_the_reference_says(double output, int expectedSteps, int pole)
    {
        var env = new DoublePole(1, velocities: true, stepLimit: 100_000);
        env.Reset([0]);
        int steps = 0;
        var reward = new double[1];
        while (env.RunningLaneCount > 0)
        {
            env.Step([output], reward);
            steps++;
        }

        var s = new double[6];
        env.ReadState(0, s);
        Assert.Equal(expectedSteps, steps);
        if (pole == 2)
        {
            Assert.True(Math.Abs(s[4]) > DoublePole.AngleLimit && Math.Abs(s[2]) <= DoublePole.AngleLimit, "the short pole fails first");
        }
    }

    [Fact]
    public void Cartpole_trajectories_match_an_independent_implementation_to_1e9()
    {
        const int lanes = 7;
        var rng = new Xoshiro256(4);
        int compared = 0;
        for (int trial = 0; trial < 60; trial++)
        {
            var env = new CartPole(lanes);
            var plain = new double[lanes][];
            var alive = new bool[lanes];
            for (int i = 0; i < lanes; i++)
            {
                plain[i] = [rng.NextDouble(-2, 2), rng.NextDouble(-1, 1), rng.NextDouble(-0.2, 0.2), rng.NextDouble(-1, 1)];
                env.SetState(i, plain[i]);
                alive[i] = true;
            }

            var actions = new double[lanes];
            var rewards = new double[lanes];
            var s = new double[4];
            for (int t = 0; t < 200 && env.RunningLaneCount > 0; t++)
            {
                for (int i = 0; i < lanes; i++)
                {
                    actions[i] = rng.NextDouble() >= 0.5 ? 1.0 : 0.0; // Discrete(2): 1 pushes right
                }

                env.Step(actions, rewards);
                for (int i = 0; i < lanes; i++)
                {
                    if (!alive[i])
                    {
                        Assert.Equal(0.0, rewards[i]);
                        continue;
                    }

                    plain[i] = PlainPolePhysics.CartPoleStep(plain[i], actions[i] == 1.0);
                    env.ReadState(i, s);
                    for (int k = 0; k < 4; k++)
                    {
                        Assert.Equal(plain[i][k], s[k], 1e-9);
                    }

                    alive[i] = !PlainPolePhysics.CartPoleFailed(plain[i]) && t + 1 < CartPole.StepLimit;
                    Assert.Equal(!alive[i], env.Terminated[i] || env.Truncated[i]);
                    compared++;
                }
            }
        }

        Assert.True(compared > 2000, $"only {compared} states compared");
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Double_pole_trajectories_match_an_independent_implementation_to_1e9(bool velocities)
    {
        const int lanes = 5;
        var rng = new Xoshiro256(velocities ? 8UL : 9UL);
        int compared = 0;
        for (int trial = 0; trial < 60; trial++)
        {
            var env = new DoublePole(lanes, velocities, stepLimit: 100_000);
            var plain = new double[lanes][];
            var alive = new bool[lanes];
            for (int i = 0; i < lanes; i++)
            {
                plain[i] = [rng.NextDouble(-1, 1), rng.NextDouble(-0.5, 0.5), rng.NextDouble(-0.1, 0.1), rng.NextDouble(-0.2, 0.2), rng.NextDouble(-0.05, 0.05), rng.NextDouble(-0.2, 0.2)];
                env.SetState(i, plain[i]);
                alive[i] = true;
            }

            var actions = new double[lanes];
            var rewards = new double[lanes];
            var s = new double[6];
            var obs = new double[(velocities ? 6 : 3) * lanes];
            for (int t = 0; t < 300 && env.RunningLaneCount > 0; t++)
            {
                for (int i = 0; i < lanes; i++)
                {
                    actions[i] = rng.NextDouble(-0.2, 1.2); // outside [0, 1] too: the environment clips
                }

                env.Step(actions, rewards);
                env.WriteObservations(obs);
                for (int i = 0; i < lanes; i++)
                {
                    if (!alive[i])
                    {
                        continue;
                    }

                    plain[i] = PlainPolePhysics.DoublePoleStep(plain[i], actions[i]);
                    env.ReadState(i, s);
                    for (int k = 0; k < 6; k++)
                    {
                        Assert.Equal(plain[i][k], s[k], 1e-9);
                    }

                    Assert.Equal(plain[i][0] / 4.8, obs[i], 1e-9);
                    Assert.Equal(plain[i][2] / 0.52, obs[((velocities ? 2 : 1) * lanes) + i], 1e-9);
                    alive[i] = !PlainPolePhysics.DoublePoleFailed(plain[i]);
                    Assert.Equal(!alive[i], env.Terminated[i]);
                    compared++;
                }
            }
        }

        Assert.True(compared > 1500, $"only {compared} states compared");
    }

    [Fact]
    public void Cartpole_starts_are_uniform_within_five_hundredths_and_follow_the_seed()
    {
        var env = new CartPole(500);
        env.Reset([.. Enumerable.Range(0, 500).Select(i => (ulong)i)]);
        var s = new double[4];
        double max = 0;
        for (int i = 0; i < 500; i++)
        {
            env.ReadState(i, s);
            max = Math.Max(max, s.Max(Math.Abs));
        }

        Assert.InRange(max, 0.045, 0.05);
        var again = new CartPole(1);
        again.Reset([17]);
        var a = new double[4];
        again.ReadState(0, a);
        env.ReadState(17, s);
        Assert.Equal(s, a);
    }

    [Fact]
    public void The_generalisation_grid_has_625_starts_on_the_published_values()
    {
        double[][] starts = DoublePole.GeneralizationStarts();
        Assert.Equal(625, starts.Length);
        Assert.Equal(625, starts.Select(s => string.Join(',', s)).Distinct().Count());
        Assert.Equal([-1.944, -1.08, 0, 1.08, 1.944], starts.Select(s => Math.Round(s[0], 6)).Distinct().Order());
        Assert.Equal([-1.215, -0.675, 0, 0.675, 1.215], starts.Select(s => Math.Round(s[1], 6)).Distinct().Order());
        Assert.Equal([-0.056548, -0.031416, 0, 0.031416, 0.056548], starts.Select(s => Math.Round(s[2], 6)).Distinct().Order());
        Assert.All(starts, s => Assert.Equal((0.0, 0.0), (s[4], s[5])));
    }

    [Fact]
    public void Jiggle_is_the_sum_of_cart_and_long_pole_magnitudes()
    {
        Assert.Equal(1.0 + 2.0 + 0.25 + 0.5, DoublePole.Jiggle([-1.0, 2.0, -0.25, 0.5, 9.0, 9.0]));
    }
}
