using Wann.Environments.CarRacing;
using Env = Wann.Environments.CarRacing.CarRacing;

namespace Wann.Environments.Tests.CarRacing;

public sealed class CarRacingTests
{
    [Fact]
    public void The_scripted_driver_scores_at_least_900_on_average_over_50_tracks()
    {
        var env = new Env(50);
        ulong[] seeds = [.. Enumerable.Range(0, 50).Select(s => (ulong)s)];
        env.Reset(seeds);

        double[] totals = PurePursuitDriver.Drive(env);

        // Measured: mean 928.9, worst 915.6, about 710 frames a lap.
        Assert.True(totals.Average() >= 900, $"mean {totals.Average():F1}");
        for (int i = 0; i < 50; i++)
        {
            // Every lap finished: all tiles visited, so the total is exactly 1000 - 0.1 per frame.
            CarSnapshot car = env.Snapshot(i);
            Assert.True(env.Terminated[i], $"track {i} not finished");
            Assert.Equal(env.TrackOf(i).TileCount, car.TilesVisited);
            Assert.Equal(1000 - (0.1 * car.Frame), totals[i], 6);
        }
    }

    [Fact]
    public void Standing_still_costs_a_tenth_per_frame_and_the_start_tiles_count_on_the_first_step()
    {
        var env = new Env(1);
        env.Reset([7]);
        int n = env.TrackOf(0).TileCount;
        int atStart = env.Snapshot(0).TilesVisited;
        var rewards = new double[1];

        env.Step([0, 0, 0], rewards);
        Assert.Equal((atStart * 1000.0 / n) - 0.1, rewards[0], 9);
        env.Step([0, 0, 0], rewards);
        Assert.Equal(-0.1, rewards[0], 12);
        Assert.Equal(0, env.Snapshot(0).VelocityX);
        Assert.InRange(atStart, 1, 3); // the wheels of a car parked on the start: tiles 0 and 1 (and the last one)
    }

    [Fact]
    public void An_ended_lane_keeps_its_last_observation_while_the_others_observe_as_alone()
    {
        // Lane 0 leaves the playfield at once; lane 1 drives on and must see exactly what a one-lane copy sees.
        var env = new Env(2);
        var alone = new Env(1);
        env.Reset([3, 5]);
        alone.Reset([5]);
        env.Place(0, TrackConstants.Playfield - 0.5, 0, -Math.PI / 2, 60, 0);
        var observations = new double[9 * 2];
        var single = new double[9];
        var rewards = new double[2];
        var reward = new double[1];
        env.Step([0, 0.3, 0, 0.5, 0, 0], rewards); // component-major: steer, gas, brake of lanes 0 and 1
        alone.Step([0.3, 0.5, 0], reward);
        Assert.True(env.Terminated[0]);
        observations.AsSpan().Fill(double.NaN);
        for (int frame = 0; frame < 50; frame++)
        {
            env.WriteObservations(observations);
            alone.WriteObservations(single);
            for (int k = 0; k < 9; k++)
            {
                Assert.True(double.IsNaN(observations[2 * k]), $"ended lane's observation {k} rewritten");
                Assert.Equal(single[k], observations[(2 * k) + 1]);
            }

            env.Step([0, 0, 0, 0.2, 0, 0], rewards);
            alone.Step([0, 0.2, 0], reward);
            Assert.Equal(reward[0], rewards[1]);
        }

        Assert.True(single[4] + single[6] + single[8] > 0, "the running lane's rangefinders see road");
    }

    [Fact]
    public void Leaving_the_playfield_ends_the_episode_with_minus_100()
    {
        var env = new Env(1);
        env.Reset([3]);
        env.Place(0, TrackConstants.Playfield - 0.5, 0, -Math.PI / 2, 60, 0); // heading +x at 60 units/s
        var rewards = new double[1];

        env.Step([0, 0, 0], rewards);

        Assert.Equal(-100, rewards[0]);
        Assert.True(env.Terminated[0]);
        Assert.Equal(0, env.RunningLaneCount);
        env.Step([0, 1, 0], rewards);
        Assert.Equal(0, rewards[0]);
    }

    [Fact]
    public void A_car_set_down_on_the_road_earns_its_two_new_tiles_once()
    {
        var env = new Env(1);
        env.Reset([7]);
        Track t = env.TrackOf(0);
        int n = t.TileCount;
        var rewards = new double[1];
        env.Step([0, 0, 0], rewards); // collects the start tiles

        // Centred on point k facing along the road, the front wheels (1.06-2.14 ahead) lie on tile k + 1 and the
        // rear wheels (1.10-2.18 behind) on tile k: two new tiles, counted from where the car stood at the step's start.
        env.Place(0, t.X[100], t.Y[100], t.Beta[100], 0, 0);
        env.Step([0, 0, 0], rewards);
        Assert.Equal((2 * 1000.0 / n) - 0.1, rewards[0], 9);
        Assert.True(env.Visited(0, 100) && env.Visited(0, 101));
        Assert.False(env.Visited(0, 99) || env.Visited(0, 102));

        env.Step([0, 0, 0], rewards);
        Assert.Equal(-0.1, rewards[0], 12);
        Assert.Equal(4, env.Snapshot(0).TilesVisited);
    }

    [Theory]
    [InlineData(8, true)]   // 8 of ~290 tiles missed: more than 95% visited, the lap is over at tile 0
    [InlineData(20, false)] // 20 missed: under 95%, the car may touch tile 0 again and drive on
    public void Reaching_tile_0_finishes_the_lap_only_with_more_than_95_percent_visited(int skipped, bool finishes)
    {
        var env = new Env(1);
        env.Reset([9]);
        Track t = env.TrackOf(0);
        int n = t.TileCount;
        var rewards = new double[1];
        double total = 0;

        // Set the car down on every other centreline point (each placement touches tiles k and k + 1), leaving out
        // a stretch in the middle, up to the last point, whose front wheels reach tile 0.
        for (int k = 2; k < n; k += 2)
        {
            if (k >= 100 && k < 100 + skipped)
            {
                continue;
            }

            env.Place(0, t.X[k], t.Y[k], t.Beta[k], 0, 0);
            env.Step([0, 0, 0], rewards);
            total += rewards[0];
            if (env.RunningLaneCount == 0)
            {
                break;
            }
        }

        if (env.RunningLaneCount > 0)
        {
            env.Place(0, t.X[0], t.Y[0], t.Beta[0], 0, 0); // back on the start: the rear wheels touch tile 0 again
            env.Step([0, 0, 0], rewards);
            total += rewards[0];
        }

        CarSnapshot car = env.Snapshot(0);
        Assert.Equal(n - skipped, car.TilesVisited);
        Assert.Equal(finishes, env.Terminated[0]);
        Assert.Equal(finishes ? 0 : 1, env.RunningLaneCount);
        Assert.Equal(((n - skipped) * 1000.0 / n) - (0.1 * car.Frame), total, 9);
    }

    [Fact]
    public void A_parked_car_is_cut_at_1000_frames()
    {
        var env = new Env(1);
        env.Reset([11]);
        var rewards = new double[1];
        int frames = 0;
        while (env.RunningLaneCount > 0)
        {
            env.Step([0, 0, 0], rewards);
            frames++;
        }

        Assert.Equal(TrackConstants.FrameLimit, frames);
        Assert.True(env.Truncated[0]);
        Assert.False(env.Terminated[0]);
    }

    [Fact]
    public void Gas_accelerates_forward_along_the_start_heading_and_full_brake_locks_the_wheels()
    {
        var env = new Env(1);
        env.Reset([5]);
        var rewards = new double[1];
        for (int k = 0; k < 30; k++)
        {
            env.Step([0, 1, 0], rewards);
        }

        CarSnapshot moving = env.Snapshot(0);
        Assert.InRange(moving.ForwardSpeed, 15, 60);
        Assert.Equal(0, moving.AngularVelocity, 6); // straight, symmetric car
        var spins = new double[4];
        env.WheelSpins(0, spins);
        Assert.True(spins[2] > 0 && spins[3] > 0 && spins[0] > 0, "rear wheels driven, front wheels rolling");

        // Brake >= 0.9 sets every spin to 0 before the tyre force acts; the ground then turns the wheels by at most
        // one step's friction reaction, dt * 400 * 0.54 / 1.6 = 2.7 rad/s, against the ~60 rad/s they rolled at.
        env.Step([0, 0, 1], rewards);
        env.WheelSpins(0, spins);
        Assert.All(spins, s => Assert.InRange(s, 0, 2.7 + 1e-9));
    }

    [Fact]
    public void Equal_seeds_drive_equal_episodes_in_any_lane()
    {
        var one = new Env(1);
        var three = new Env(3);
        one.Reset([21]);
        three.Reset([5, 21, 9]);
        PurePursuitDriver.Drive(one);
        PurePursuitDriver.Drive(three);

        Assert.Equal(one.Snapshot(0), three.Snapshot(1));
    }

    [Fact]
    public void Features_see_the_road_ahead_and_the_rendered_frame_shows_car_road_and_bar()
    {
        var env = new Env(1);
        env.Reset([13]);
        var features = new double[env.Spec.ObservationSize];
        env.WriteObservations(features);

        Assert.Equal(0, features[0]);                       // speed
        Assert.Equal(0, features[2], 9);                    // heading along the track
        Assert.Equal(0, features[3], 9);                    // on the centreline
        Assert.InRange(features[6], 0.3, 1.0);              // straight ahead: road for a while
        Assert.InRange(features[4] * Env.RayReach, 6.0, 9.0); // hard left: the edge is a half-width (6.7) away, along a ray 57 degrees off
        Assert.InRange(features[8] * Env.RayReach, 6.0, 9.0);

        var rgb = new byte[96 * 96 * 3];
        CarRacingRenderer.Render(env.TrackOf(0), env.Snapshot(0), 2.0, rgb);
        (byte R, byte G, byte B) Pixel(int row, int col) => (rgb[((row * 96) + col) * 3], rgb[(((row * 96) + col) * 3) + 1], rgb[(((row * 96) + col) * 3) + 2]);
        Assert.Equal((204, 0, 0), Pixel(70, 48));           // the hull, at Gym's camera anchor
        Assert.Equal(Pixel(50, 48).R, Pixel(50, 48).G);     // road ahead: grey
        Assert.Contains(Pixel(60, 2), new[] { ((byte)102, (byte)204, (byte)102), ((byte)102, (byte)230, (byte)102) }); // grass at the side
        Assert.Equal((0, 0, 0), Pixel(95, 90));             // indicator bar
    }
}
