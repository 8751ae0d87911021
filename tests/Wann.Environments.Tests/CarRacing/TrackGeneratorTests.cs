using Wann.Environments.CarRacing;

namespace Wann.Environments.Tests.CarRacing;

public sealed class TrackGeneratorTests
{
    [Fact]
    public void Two_thousand_tracks_have_gyms_tile_statistics()
    {
        // Gym's generator (re-run by the reference notes over 2,000 tracks): median about 291 tiles, 5-95%
        // 257-331, about 7% of attempts rejected. Wann, with its own random numbers, over seeds 0-1999: median 291,
        // 5-95% 257-329, min/max 223/376, 6.2% rejected (6.75% over 10,000 seeds).
        var counts = new int[2000];
        long attempts = 0;
        for (int s = 0; s < counts.Length; s++)
        {
            Track t = TrackGenerator.Generate((ulong)s);
            counts[s] = t.TileCount;
            attempts += t.Attempts;
        }

        Array.Sort(counts);
        double rejected = (attempts - counts.Length) / (double)attempts;
        Assert.InRange(counts[1000], 286, 296);
        Assert.InRange(counts[100], 250, 264);
        Assert.InRange(counts[1900], 322, 338);
        Assert.InRange(rejected, 0.045, 0.09);
    }

    [Fact]
    public void A_seed_always_gives_the_same_closed_track()
    {
        Track a = TrackGenerator.Generate(42);
        Track b = TrackGenerator.Generate(42);
        Track c = TrackGenerator.Generate(43);

        Assert.Equal(a.X, b.X);
        Assert.Equal(a.Beta, b.Beta);
        Assert.NotEqual(a.TileCount == c.TileCount ? a.X[5] : 0, c.X[5]);

        // Consecutive centreline points are one detail step apart, the loop closes within one step, and
        // every centreline point lies on its own tile.
        for (int i = 0; i < a.TileCount; i++)
        {
            int j = (i + a.TileCount - 1) % a.TileCount;
            double gap = Math.Sqrt(Math.Pow(a.X[i] - a.X[j], 2) + Math.Pow(a.Y[i] - a.Y[j], 2));
            Assert.InRange(gap, 0, 2 * TrackConstants.DetailStep);
            Assert.True(a.TileAt(a.X[i], a.Y[i]) >= 0, $"point {i} off the road");
        }

        // Half a road width plus a bit to the side of the start is grass.
        Assert.Equal(-1, a.TileAt(a.X[0] + (1.2 * TrackConstants.HalfWidth * Math.Cos(a.Beta[0])), a.Y[0] + (1.2 * TrackConstants.HalfWidth * Math.Sin(a.Beta[0]))));
    }
}
