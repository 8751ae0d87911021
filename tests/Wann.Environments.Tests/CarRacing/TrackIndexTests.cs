using Wann.Environments.CarRacing;
using Env = Wann.Environments.CarRacing.CarRacing;

namespace Wann.Environments.Tests.CarRacing;

/// <summary>The fine grid answers exactly as the coarse cells' search it replaced, on random points and on the tiles' edges.</summary>
public sealed class TrackIndexTests
{
    private const double WheelHalfWidth = 14 * CarBody.Size;
    private const double WheelHalfLength = 27 * CarBody.Size;

    [Fact]
    public void On_road_equals_the_tile_search_on_random_points_and_tile_edges()
    {
        var random = new Random(19);
        long road = 0, grass = 0;
        for (ulong seed = 0; seed < 16; seed++)
        {
            Track track = TrackGenerator.Generate(seed);
            foreach ((double x, double y) in Points(track, random, 4000))
            {
                bool expected = track.TileAt(x, y) >= 0;
                Assert.True(expected == track.OnRoad(x, y), $"seed {seed}: ({x:R}, {y:R}) on road {expected} by the tile search");
                if (expected)
                {
                    road++;
                }
                else
                {
                    grass++;
                }
            }
        }

        // Both answers occur often: the comparison is not over one kind of point only.
        Assert.True(road > 16_000 && grass > 16_000, $"{road} road and {grass} grass points");
    }

    [Fact]
    public void Wheel_contacts_equal_the_coarse_cell_search_on_random_wheels()
    {
        var random = new Random(7);
        Span<int> expected = stackalloc int[64];
        Span<int> actual = stackalloc int[64];
        long touching = 0, several = 0;
        for (ulong seed = 0; seed < 16; seed++)
        {
            Track track = TrackGenerator.Generate(seed);
            foreach ((double x, double y) in Points(track, random, 3000))
            {
                double angle = (random.NextDouble() * 8) - 4;
                int e = track.TilesOverlappingByCells(x, y, angle, WheelHalfWidth, WheelHalfLength, expected);
                int a = track.TilesOverlapping(x, y, angle, WheelHalfWidth, WheelHalfLength, actual);
                int[] want = [.. expected[..e].ToArray().Distinct().Order()];
                int[] got = [.. actual[..a].ToArray().Order()];
                Assert.True(want.SequenceEqual(got), $"seed {seed}: wheel at ({x:R}, {y:R}, {angle:R}) touches [{string.Join(", ", want)}], fine grid [{string.Join(", ", got)}]");
                touching += got.Length > 0 ? 1 : 0;
                several += got.Length > 1 ? 1 : 0;
            }
        }

        Assert.True(touching > 12_000 && several > 4_000, $"{touching} wheels touch a tile, {several} more than one");
    }

    [Fact]
    public void Rangefinders_equal_sampling_and_halving_by_the_tile_search()
    {
        // The rangefinders' walk over the fine grid against the search over the coarse cells' tiles, sample by sample:
        // the same samples every 2 units, then four halvings between the last road sample and the first grass one.
        // Starts anywhere on the road, half of them on a tile's edge or corner; any change to the walk (skipping
        // samples, answering cells in another way) must keep every distance's bits.
        var random = new Random(23);
        int rays = 0, shortRays = 0, full = 0;
        for (ulong seed = 0; seed < 16; seed++)
        {
            Track track = TrackGenerator.Generate(seed);
            foreach ((double x, double y) in Points(track, random, 4000))
            {
                if (track.TileAt(x, y) < 0)
                {
                    continue;
                }

                double angle = (random.NextDouble() * 8) - 4;
                double dx = -Math.Sin(angle), dy = Math.Cos(angle);
                double expected = RayByTileSearch(track, x, y, dx, dy);
                double actual = track.RayFromRoad(x, y, dx, dy, 2.0, Env.RayReach);
                Assert.True(
                    BitConverter.DoubleToInt64Bits(expected) == BitConverter.DoubleToInt64Bits(actual),
                    $"seed {seed}: ray from ({x:R}, {y:R}) at {angle:R}: {actual:R}, by the tile search {expected:R}");
                rays++;
                shortRays += actual < 10 ? 1 : 0;
                full += actual == Env.RayReach ? 1 : 0;
            }
        }

        // Rays that end within a few samples, and rays along straights that see no grass.
        Assert.True(rays > 20_000 && shortRays > 5_000 && full > 500, $"{rays} rays, {shortRays} shorter than 10, {full} of full reach");
    }

    private static double RayByTileSearch(Track track, double x, double y, double dx, double dy)
    {
        double inside = 0;
        for (double d = 2.0; d <= Env.RayReach; d += 2.0)
        {
            if (track.TileAt(x + (dx * d), y + (dy * d)) < 0)
            {
                double outside = d;
                for (int b = 0; b < 4; b++)
                {
                    double mid = (inside + outside) / 2;
                    if (track.TileAt(x + (dx * mid), y + (dy * mid)) < 0)
                    {
                        outside = mid;
                    }
                    else
                    {
                        inside = mid;
                    }
                }

                return (inside + outside) / 2;
            }

            inside = d;
        }

        return Env.RayReach;
    }

    // Half the points anywhere near the road, half within a hair of a tile's corner or edge (where rounding decides).
    private static IEnumerable<(double X, double Y)> Points(Track track, Random random, int count)
    {
        for (int i = 0; i < count; i++)
        {
            int tile = random.Next(track.TileCount);
            if (i % 2 == 0)
            {
                yield return (track.X[tile] + ((random.NextDouble() - 0.5) * 40), track.Y[tile] + ((random.NextDouble() - 0.5) * 40));
                continue;
            }

            ReadOnlySpan<double> c = track.Corners.AsSpan(tile * 8, 8);
            int k = random.Next(4), m = (k + 1) % 4;
            double t = random.Next(3) == 0 ? 0 : random.NextDouble();
            double hair = (random.NextDouble() - 0.5) * Math.Pow(10, -random.Next(3, 15));
            yield return (c[2 * k] + (t * (c[2 * m] - c[2 * k])) + hair, c[(2 * k) + 1] + (t * (c[(2 * m) + 1] - c[(2 * k) + 1])) - hair);
        }
    }
}
