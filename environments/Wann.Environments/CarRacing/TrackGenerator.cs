using Wann.Environments.Randomness;

namespace Wann.Environments.CarRacing;

/// <summary>
/// Generates tracks with Gym CarRacing's algorithm (car_racing.py <c>_create_track</c>): 12 noisy
/// checkpoints on a circle, a walk that turns toward the next checkpoint at most 0.31 rad per 3.5-unit
/// step, the loop cut between its last two passes through the start angle, and rejection when the ends do
/// not meet. A rejected attempt is retried with the next random numbers of the same stream.
/// </summary>
/// <remarks>Random numbers come from Wann's seeded generator, not NumPy's, so a seed gives a Gym-like track,
/// not Gym's track for that seed; the statistics (tile counts, rejection rate) are Gym's.</remarks>
public static class TrackGenerator
{
    private const int WalkLimit = 2500;

    /// <summary>Generates the track of a seed (retrying rejected attempts).</summary>
    /// <param name="seed">The seed; equal seeds give equal tracks.</param>
    /// <returns>The track.</returns>
    public static Track Generate(ulong seed)
    {
        var rng = new Xoshiro256(SeedMixer.Mix(seed, 0x7EACUL));
        for (int attempt = 1; ; attempt++)
        {
            if (TryCreate(ref rng, attempt) is Track track)
            {
                return track;
            }
        }
    }

    /// <summary>One generation attempt.</summary>
    /// <param name="rng">The random stream (advanced).</param>
    /// <param name="attempt">The attempt's number (recorded in the track).</param>
    /// <returns>The track, or null when the attempt is rejected.</returns>
    public static Track? TryCreate(ref Xoshiro256 rng, int attempt = 1)
    {
        const int n = TrackConstants.Checkpoints;
        const double radius = TrackConstants.TrackRadius;
        var cpAlpha = new double[n];
        var cpX = new double[n];
        var cpY = new double[n];
        for (int c = 0; c < n; c++)
        {
            double noise = rng.NextDouble(0, 2 * Math.PI / n);
            double alpha = (2 * Math.PI * c / n) + noise;
            double rad = rng.NextDouble(radius / 3, radius);
            if (c == 0)
            {
                alpha = 0;
                rad = 1.5 * radius;
            }

            if (c == n - 1)
            {
                alpha = 2 * Math.PI * c / n;
                rad = 1.5 * radius;
            }

            cpAlpha[c] = alpha;
            cpX[c] = rad * Math.Cos(alpha);
            cpY[c] = rad * Math.Sin(alpha);
        }

        double startAlpha = 2 * Math.PI * -0.5 / n;

        // The walk: (α, β, x, y) per step.
        var walk = new List<(double Alpha, double Beta, double X, double Y)>(WalkLimit);
        double x = 1.5 * radius, y = 0, beta = 0;
        int destination = 0, laps = 0;
        bool otherSide = false;
        for (int steps = 0; steps < WalkLimit; steps++)
        {
            double alpha = Math.Atan2(y, x);
            if (otherSide && alpha > 0)
            {
                laps++;
                otherSide = false;
            }

            if (alpha < 0)
            {
                otherSide = true;
                alpha += 2 * Math.PI;
            }

            // Destination: the first checkpoint at or beyond α, going round once before lowering α by 2π.
            while (true)
            {
                bool found = false;
                while (true)
                {
                    if (alpha <= cpAlpha[destination % n])
                    {
                        found = true;
                        break;
                    }

                    destination++;
                    if (destination % n == 0)
                    {
                        break;
                    }
                }

                if (found)
                {
                    break;
                }

                alpha -= 2 * Math.PI;
            }

            double destX = cpX[destination % n] - x;
            double destY = cpY[destination % n] - y;
            double projection = (Math.Cos(beta) * destX) + (Math.Sin(beta) * destY);
            while (beta - alpha > 1.5 * Math.PI)
            {
                beta -= 2 * Math.PI;
            }

            while (beta - alpha < -1.5 * Math.PI)
            {
                beta += 2 * Math.PI;
            }

            // Gym steps along the heading it had before this turn (its perpendicular is computed first).
            double stepX = -Math.Sin(beta), stepY = Math.Cos(beta);
            double previousBeta = beta;
            projection *= TrackConstants.Scale;
            if (projection > 0.3)
            {
                beta -= Math.Min(TrackConstants.TurnRate, Math.Abs(0.001 * projection));
            }

            if (projection < -0.3)
            {
                beta += Math.Min(TrackConstants.TurnRate, Math.Abs(0.001 * projection));
            }

            x += stepX * TrackConstants.DetailStep;
            y += stepY * TrackConstants.DetailStep;
            walk.Add((alpha, (previousBeta * 0.5) + (beta * 0.5), x, y));
            if (laps > 4)
            {
                break;
            }
        }

        // Close the loop between the last two passes through the start angle.
        int i1 = -1, i2 = -1;
        for (int i = walk.Count - 1; ; i--)
        {
            if (i <= 0)
            {
                return null;
            }

            bool passes = walk[i].Alpha > startAlpha && walk[i - 1].Alpha <= startAlpha;
            if (passes && i2 == -1)
            {
                i2 = i;
            }
            else if (passes && i1 == -1)
            {
                i1 = i;
                break;
            }
        }

        int count = i2 - 1 - i1;
        if (count < 3)
        {
            return null;
        }

        var tx = new double[count];
        var ty = new double[count];
        var tb = new double[count];
        for (int k = 0; k < count; k++)
        {
            (_, tb[k], tx[k], ty[k]) = walk[i1 + k];
        }

        // Reject when the two ends do not meet within one step, measured across the road at the start.
        double gx = Math.Cos(tb[0]) * (tx[0] - tx[^1]);
        double gy = Math.Sin(tb[0]) * (ty[0] - ty[^1]);
        if (Math.Sqrt((gx * gx) + (gy * gy)) > TrackConstants.DetailStep)
        {
            return null;
        }

        return new Track(tx, ty, tb, attempt);
    }
}
