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

    /// <summary>Builds the fine grid from the coarse cells, tile by tile over the fine cells each tile's coarse cells hold.</summary>
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
        int tiles = corners.Length / 8;
        var coarseOf = new List<int>[tiles];
        for (int k = 0; k < cells.Length; k++)
        {
            _block[k] = cells[k].Length == 0 ? -1 : blocks++;
            foreach (int t in cells[k])
            {
                (coarseOf[t] ??= []).Add(k);
            }
        }

        int fineCells = blocks * Sub * Sub;
        var road = new bool[fineCells];
        var pointPairs = new List<(int Slot, int Tile)>();
        var wheelPairs = new List<(int Slot, int Tile)>();
        var lattice = new double[4 * (Sub + 1) * (Sub + 1)];
        for (int t = 0; t < tiles; t++)
        {
            if (coarseOf[t] is null)
            {
                continue;
            }

            var tile = new TileCells(corners.AsSpan(t * 8, 8), origin);
            foreach (int k in coarseOf[t])
            {
                tile.Classify(t, _block[k], k % coarseSide, k / coarseSide, lattice, road, pointPairs, wheelPairs);
            }
        }

        _point = new int[fineCells];
        int[] pointTiles = Group(pointPairs, fineCells, out int[] pointFirst, out int[] pointCount);
        for (int slot = 0; slot < fineCells; slot++)
        {
            // A coarse cell lists a few tens of tiles at most, so the count fits its bits.
            _point[slot] = road[slot] ? Road : (pointFirst[slot] << CountBits) | pointCount[slot];
        }

        _pointTiles = pointTiles;
        _wheelTiles = Group(wheelPairs, fineCells, out _wheelFirst, out _wheelCount);
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
            int entry = Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_pointTiles), first + k);
            int tile = entry >> 4;
            if ((entry & 8) != 0)
            {
                // Three edges hold one sign on the whole cell (computed values included, by the margins): the
                // tile's test passes exactly when the fourth edge's cross product, computed as the test computes
                // it, does not have the other sign. Usually one product instead of four.
                double cross = track.EdgeCross(tile, entry & 3, px, py);
                if ((entry & 4) == 0 ? cross >= 0 : cross <= 0)
                {
                    return true;
                }
            }
            else if (track.Contains(tile, px, py))
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

    // Counting sort of (cell, tile) pairs into one array with each cell's first index and count.
    private static int[] Group(List<(int Slot, int Tile)> pairs, int cellCount, out int[] first, out int[] count)
    {
        first = new int[cellCount];
        count = new int[cellCount];
        foreach ((int slot, _) in pairs)
        {
            count[slot]++;
        }

        for (int slot = 1; slot < cellCount; slot++)
        {
            first[slot] = first[slot - 1] + count[slot - 1];
        }

        var grouped = new int[pairs.Count];
        var filled = new int[cellCount];
        foreach ((int slot, int tile) in pairs)
        {
            grouped[first[slot] + filled[slot]++] = tile;
        }

        return grouped;
    }
}
