using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Wann.Environments.CarRacing;

/// <summary>
/// A fine grid (1 × 1 world units, eight per side of the track's coarse 8-unit cells) that answers the track's two
/// hot queries with the same results as the coarse cells: "is this point on the road" (the rangefinders) and
/// "which tiles may this wheel touch" (the contacts).
/// </summary>
/// <remarks>
/// <para>A fine cell is classified against the tiles of its coarse cell, on the cell grown by a millionth of a unit:
/// road when one tile holds it whole (every point then passes that tile's test), grass when every tile is cut off
/// by its edges (every point then fails every test), else mixed, with the short list of tiles left to test exactly.
/// The margins are about a million times the rounding of the tests, so a point's answer is the coarse cells'
/// answer bit for bit; the tests in Wann.Environments.Tests compare both on many random points and tracks.</para>
/// <para>A fine cell's wheel candidates are the coarse cell's tiles less the convex tiles the separating-axis test
/// cuts off from the grown cell: such a tile lies at least the margin away from any wheel inside the cell, so the
/// wheel test would have rejected it too. Non-convex tiles (folds at sharp bends) stay, as the coarse cells had them.</para>
/// </remarks>
internal sealed class TrackIndex
{
    /// <summary>Fine cells per side of a coarse cell (the fine cell is 1 unit: an exact power of two below 8).</summary>
    internal const int Sub = 1 << SubShift;

    private const int SubShift = 3;

    private const double Grow = 1e-6;
    private const double CrossTolerance = 1e-9;
    private const int Road = -1;
    private const int CountBits = 8;

    private readonly int _fineSide;
    private readonly int _coarseSide;
    private readonly int[] _block;
    private readonly int[] _point;
    private readonly int[] _pointTiles;
    private readonly int[] _wheelFirst;
    private readonly int[] _wheelCount;
    private readonly int[] _wheelTiles;

    /// <summary>Builds the fine grid from the coarse cells.</summary>
    /// <param name="corners">The tiles' corners, 8 numbers per tile.</param>
    /// <param name="cells">The coarse cells' tile lists, row-major.</param>
    /// <param name="coarseSide">Coarse cells per side.</param>
    /// <param name="origin">World coordinate of the grid's lower edge (the coarse cells' floor((v + origin offset) / 8)).</param>
    internal TrackIndex(double[] corners, int[][] cells, int coarseSide, double origin)
    {
        _fineSide = coarseSide * Sub;
        _coarseSide = coarseSide;
        _block = new int[cells.Length];
        int blocks = 0;
        for (int k = 0; k < cells.Length; k++)
        {
            _block[k] = cells[k].Length == 0 ? -1 : blocks++;
        }

        int tiles = corners.Length / 8;
        var convex = new bool[tiles];
        var box = new double[tiles * 4];
        for (int t = 0; t < tiles; t++)
        {
            ReadOnlySpan<double> c = corners.AsSpan(t * 8, 8);
            convex[t] = IsConvex(c);
            box[4 * t] = Math.Min(Math.Min(c[0], c[2]), Math.Min(c[4], c[6]));
            box[(4 * t) + 1] = Math.Max(Math.Max(c[0], c[2]), Math.Max(c[4], c[6]));
            box[(4 * t) + 2] = Math.Min(Math.Min(c[1], c[3]), Math.Min(c[5], c[7]));
            box[(4 * t) + 3] = Math.Max(Math.Max(c[1], c[3]), Math.Max(c[5], c[7]));
        }

        int fineCells = blocks * Sub * Sub;
        _point = new int[fineCells];
        _wheelFirst = new int[fineCells];
        _wheelCount = new int[fineCells];
        var pointTiles = new List<int>();
        var wheelTiles = new List<int>();
        var near = new List<int>();
        for (int k = 0; k < cells.Length; k++)
        {
            if (_block[k] < 0)
            {
                continue;
            }

            int gx = k % coarseSide, gy = k / coarseSide;
            for (int sy = 0; sy < Sub; sy++)
            {
                for (int sx = 0; sx < Sub; sx++)
                {
                    int slot = (_block[k] * Sub * Sub) + (sy * Sub) + sx;
                    double x0 = ((gx * Sub) + sx) - origin - Grow, y0 = ((gy * Sub) + sy) - origin - Grow;
                    double x1 = x0 + 1 + (2 * Grow), y1 = y0 + 1 + (2 * Grow);
                    // A convex tile holds its points inside its bounding box (the other sign of its test is
                    // empty for a polygon with an inside), so one whose box misses the cell is out for both queries.
                    near.Clear();
                    foreach (int t in cells[k])
                    {
                        if (!convex[t] || !(box[4 * t] > x1 || box[(4 * t) + 1] < x0 || box[(4 * t) + 2] > y1 || box[(4 * t) + 3] < y0))
                        {
                            near.Add(t);
                        }
                    }

                    ClassifyPoints(corners, near, x0, y0, x1, y1, slot, pointTiles);
                    _wheelFirst[slot] = wheelTiles.Count;
                    foreach (int t in near)
                    {
                        if (!convex[t] || !Separated(corners.AsSpan(t * 8, 8), x0, y0, x1, y1))
                        {
                            wheelTiles.Add(t);
                        }
                    }

                    _wheelCount[slot] = wheelTiles.Count - _wheelFirst[slot];
                }
            }
        }

        _pointTiles = [.. pointTiles];
        _wheelTiles = [.. wheelTiles];
    }

    /// <summary>Gets the fine cells per side of the whole grid.</summary>
    internal int FineSide => _fineSide;

    /// <summary>Whether a point is on the road, exactly as a search of its coarse cell's tiles would say.</summary>
    /// <param name="track">The track (for the exact test of mixed cells).</param>
    /// <param name="fx">The point's fine column (may be out of range).</param>
    /// <param name="fy">The point's fine row (may be out of range).</param>
    /// <param name="px">Point x.</param>
    /// <param name="py">Point y.</param>
    /// <returns>True on the road.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal bool OnRoad(Track track, int fx, int fy, double px, double py)
    {
        if ((uint)fx >= (uint)_fineSide || (uint)fy >= (uint)_fineSide)
        {
            return false;
        }

        // In range by the check above and by construction (blocks index _point), so read without bounds checks:
        // this runs about a hundred times per car and frame.
        int block = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_block), ((fy >> SubShift) * _coarseSide) + (fx >> SubShift));
        if (block < 0)
        {
            return false;
        }

        int code = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_point), (block << (2 * SubShift)) + ((fy & (Sub - 1)) << SubShift) + (fx & (Sub - 1)));
        if (code == Road)
        {
            return true;
        }

        return OnRoadMixed(track, code, px, py);
    }

    private bool OnRoadMixed(Track track, int code, double px, double py)
    {
        int first = code >> CountBits, count = code & ((1 << CountBits) - 1);
        for (int k = 0; k < count; k++)
        {
            if (track.Contains(_pointTiles[first + k], px, py))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Gets the wheel candidates of a fine cell (empty outside the grid or the road's coarse cells).</summary>
    /// <param name="fx">Fine column, in range.</param>
    /// <param name="fy">Fine row, in range.</param>
    /// <returns>The tiles to test.</returns>
    internal ReadOnlySpan<int> WheelCandidates(int fx, int fy)
    {
        int block = _block[((fy >> SubShift) * _coarseSide) + (fx >> SubShift)];
        if (block < 0)
        {
            return [];
        }

        int slot = (block * Sub * Sub) + ((fy & (Sub - 1)) << SubShift) + (fx & (Sub - 1));
        return _wheelTiles.AsSpan(_wheelFirst[slot], _wheelCount[slot]);
    }

    private static double Cross(ReadOnlySpan<double> c, int k, double px, double py)
    {
        double ax = c[2 * k], ay = c[(2 * k) + 1];
        double bx = c[2 * ((k + 1) % 4)], by = c[(2 * ((k + 1) % 4)) + 1];
        return ((bx - ax) * (py - ay)) - ((by - ay) * (px - ax));
    }

    private static bool IsConvex(ReadOnlySpan<double> c)
    {
        // Strictly convex in either winding: every corner turns the same way, clearly (no fold, no zero edge).
        bool left = true, right = true;
        for (int k = 0; k < 4; k++)
        {
            int m = (k + 2) % 4;
            double turn = Cross(c, k, c[2 * m], c[(2 * m) + 1]);
            left &= turn > CrossTolerance;
            right &= turn < -CrossTolerance;
        }

        return left || right;
    }

    /// <summary>Whether a convex tile and an axis-aligned box are apart along an axis of either.</summary>
    private static bool Separated(ReadOnlySpan<double> c, double x0, double y0, double x1, double y1)
    {
        double minX = Math.Min(Math.Min(c[0], c[2]), Math.Min(c[4], c[6]));
        double maxX = Math.Max(Math.Max(c[0], c[2]), Math.Max(c[4], c[6]));
        double minY = Math.Min(Math.Min(c[1], c[3]), Math.Min(c[5], c[7]));
        double maxY = Math.Max(Math.Max(c[1], c[3]), Math.Max(c[5], c[7]));
        if (minX > x1 || maxX < x0 || minY > y1 || maxY < y0)
        {
            return true;
        }

        ReadOnlySpan<double> bx = [x0, x1, x1, x0];
        ReadOnlySpan<double> by = [y0, y0, y1, y1];
        for (int k = 0; k < 4; k++)
        {
            double nx = c[(2 * ((k + 1) % 4)) + 1] - c[(2 * k) + 1], ny = c[2 * k] - c[2 * ((k + 1) % 4)];
            double tileMin = double.MaxValue, tileMax = double.MinValue, boxMin = double.MaxValue, boxMax = double.MinValue;
            for (int m = 0; m < 4; m++)
            {
                double p = (c[2 * m] * nx) + (c[(2 * m) + 1] * ny);
                tileMin = Math.Min(tileMin, p);
                tileMax = Math.Max(tileMax, p);
                double q = (bx[m] * nx) + (by[m] * ny);
                boxMin = Math.Min(boxMin, q);
                boxMax = Math.Max(boxMax, q);
            }

            if (boxMin > tileMax || boxMax < tileMin)
            {
                return true;
            }
        }

        return false;
    }

    private void ClassifyPoints(double[] corners, List<int> tiles, double x0, double y0, double x1, double y1, int slot, List<int> pointTiles)
    {
        ReadOnlySpan<double> bx = [x0, x1, x1, x0];
        ReadOnlySpan<double> by = [y0, y0, y1, y1];
        int first = pointTiles.Count;
        foreach (int t in tiles)
        {
            ReadOnlySpan<double> c = corners.AsSpan(t * 8, 8);

            // Per edge: does every corner of the cell lie clearly on its positive (negative) side?
            bool anyAllPositive = false, anyAllNegative = false, everyAllPositive = true, everyAllNegative = true;
            for (int k = 0; k < 4; k++)
            {
                bool allPositive = true, allNegative = true;
                for (int m = 0; m < 4; m++)
                {
                    double cross = Cross(c, k, bx[m], by[m]);
                    allPositive &= cross > CrossTolerance;
                    allNegative &= cross < -CrossTolerance;
                }

                anyAllPositive |= allPositive;
                anyAllNegative |= allNegative;
                everyAllPositive &= allPositive;
                everyAllNegative &= allNegative;
            }

            // The tile's test passes where no edge sees the point on the other side than another: the cell is
            // inside when all edges agree everywhere, and out when one edge is positive and one negative everywhere.
            if (everyAllPositive || everyAllNegative)
            {
                pointTiles.RemoveRange(first, pointTiles.Count - first);
                _point[slot] = Road;
                return;
            }

            if (!(anyAllPositive && anyAllNegative))
            {
                pointTiles.Add(t);
            }
        }

        // A coarse cell lists a few tens of tiles at most, so the count fits its bits.
        _point[slot] = (first << CountBits) | (pointTiles.Count - first);
    }
}
