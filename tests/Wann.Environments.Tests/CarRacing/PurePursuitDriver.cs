using Wann.Environments.CarRacing;

namespace Wann.Environments.Tests.CarRacing;

/// <summary>
/// A scripted driver for the tests: pure pursuit of the centreline point max(8, 0.35·v) units ahead
/// (wheelbase 3.3), a speed profile from the curvature of the next 60 centreline points (lateral
/// acceleration 150, braking 100, top speed 140), gas eased off while steering (the car is a powerful
/// rear-wheel drive: full gas in a turn spins it), brake 0.8 above the profile.
/// </summary>
internal static class PurePursuitDriver
{
    public static void Act(Wann.Environments.CarRacing.CarRacing env, Span<double> actions)
    {
        int lanes = env.LaneCount;
        for (int i = 0; i < lanes; i++)
        {
            CarSnapshot car = env.Snapshot(i);
            Track t = env.TrackOf(i);
            int n = t.TileCount;
            int p = car.NearestPoint;
            double v = car.ForwardSpeed;

            double lookahead = Math.Max(8, 0.35 * Math.Abs(v));
            int target = (p + (int)Math.Ceiling(lookahead / TrackConstants.DetailStep)) % n;
            double dx = t.X[target] - car.X, dy = t.Y[target] - car.Y;
            double ahead = (dx * -Math.Sin(car.Angle)) + (dy * Math.Cos(car.Angle));
            double left = (dx * -Math.Cos(car.Angle)) + (dy * -Math.Sin(car.Angle));
            double wheelAngle = Math.Atan(2 * 3.3 * Math.Sin(Math.Atan2(left, ahead)) / lookahead);
            double steer = Math.Clamp(-wheelAngle / CarBody.SteerLimit, -1, 1);

            double allowed = 140;
            for (int j = 1; j <= 60; j++)
            {
                int a = (p + j) % n, b = (p + j + 3) % n;
                double curvature = Math.Abs(Math.IEEERemainder(t.Beta[b] - t.Beta[a], 2 * Math.PI)) / (3 * TrackConstants.DetailStep);
                double corner = curvature > 1e-6 ? Math.Sqrt(150 / curvature) : 140;
                allowed = Math.Min(allowed, Math.Sqrt((corner * corner) + (2 * 100 * j * TrackConstants.DetailStep)));
            }

            actions[i] = steer;
            actions[lanes + i] = v < allowed ? Math.Clamp(1 - (2 * Math.Abs(steer)), 0, 1) : 0;
            actions[(2 * lanes) + i] = v > allowed + 3 ? 0.8 : 0;
        }
    }

    /// <summary>Drives every lane to the end of its episode and returns each lane's total reward.</summary>
    public static double[] Drive(Wann.Environments.CarRacing.CarRacing env)
    {
        int lanes = env.LaneCount;
        var actions = new double[3 * lanes];
        var rewards = new double[lanes];
        var total = new double[lanes];
        while (env.RunningLaneCount > 0)
        {
            Act(env, actions);
            env.Step(actions, rewards);
            for (int i = 0; i < lanes; i++)
            {
                total[i] += rewards[i];
            }
        }

        return total;
    }
}
