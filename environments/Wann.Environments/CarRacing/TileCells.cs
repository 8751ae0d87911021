namespace Wann.Environments.CarRacing;

/// <summary>
/// One tile's verdict on the fine cells of the coarse cells that list it, for <see cref="TrackIndex"/>: the point
/// test (road whole, out whole, or to test exactly) and whether a wheel inside the cell could touch it.
/// </summary>
/// <remarks>
/// Each edge's cross product is linear in the point, so it is computed once per cell corner (a lattice shared by
/// neighbouring cells) and a cell is on one side of an edge when all four corners are, by a margin: the rounding of
/// the tests (about 1e-12) plus the edge's change over <see cref="Grow"/>, the distance a point's rounded cell
/// index can be off its true cell.
/// </remarks>
internal readonly ref struct TileCells
{
    /// <summary>How far, in world units, the cells are taken to reach beyond their bounds.</summary>
    internal const double Grow = 1e-6;

    private const double CrossTolerance = 1e-9;
    private const int Sub = TrackIndex.Sub;

    private readonly ReadOnlySpan<double> _c;
    private readonly double _origin;
    private readonly int _winding;
    private readonly double _minX, _maxX, _minY, _maxY;

    /// <summary>Reads a tile.</summary>
    /// <param name="corners">Its 8 corner coordinates.</param>
    /// <param name="origin">The fine grid's offset: fine column i spans [i − origin, i + 1 − origin).</param>
    internal TileCells(ReadOnlySpan<double> corners, double origin)
    {
        _c = corners;
        _origin = origin;
        _minX = Math.Min(Math.Min(corners[0], corners[2]), Math.Min(corners[4], corners[6]));
        _maxX = Math.Max(Math.Max(corners[0], corners[2]), Math.Max(corners[4], corners[6]));
        _minY = Math.Min(Math.Min(corners[1], corners[3]), Math.Min(corners[5], corners[7]));
        _maxY = Math.Max(Math.Max(corners[1], corners[3]), Math.Max(corners[5], corners[7]));

        // Strictly convex in either winding (+1 inside left of every edge, −1 right), else 0: a fold at a sharp bend
        // or a zero edge, which the wheel test's separating axes do not describe; those stay candidates everywhere.
        bool left = true, right = true;
        for (int k = 0; k < 4; k++)
        {
            int m = (k + 2) % 4;
            double turn = Cross(k, corners[2 * m], corners[(2 * m) + 1]);
            left &= turn > CrossTolerance;
            right &= turn < -CrossTolerance;
        }

        _winding = left ? 1 : right ? -1 : 0;
    }

    /// <summary>Classifies the tile against the fine cells of one coarse cell that lists it.</summary>
    /// <param name="tile">The tile's index.</param>
    /// <param name="block">The coarse cell's block of fine cells.</param>
    /// <param name="gx">Coarse column.</param>
    /// <param name="gy">Coarse row.</param>
    /// <param name="lattice">Scratch for 4 × 9 × 9 corner values.</param>
    /// <param name="road">Set for cells the tile holds whole.</param>
    /// <param name="pointPairs">Receives (cell, <see cref="PointEntry"/>) where the point test must run.</param>
    /// <param name="wheelPairs">Receives (cell, tile) where a wheel may touch the tile.</param>
    internal void Classify(int tile, int block, int gx, int gy, Span<double> lattice, Span<bool> road, List<(int Slot, int Tile)> pointPairs, List<(int Slot, int Tile)> wheelPairs)
    {
        // A convex tile's points lie in its bounding box (the test's other sign is empty for a polygon with an
        // inside), so only the cells near the box need a look; a fold needs all of them.
        int sx0 = 0, sx1 = Sub - 1, sy0 = 0, sy1 = Sub - 1;
        if (_winding != 0)
        {
            sx0 = Math.Max(sx0, (int)Math.Floor(_minX + _origin) - 1 - (gx * Sub));
            sx1 = Math.Min(sx1, (int)Math.Floor(_maxX + _origin) + 1 - (gx * Sub));
            sy0 = Math.Max(sy0, (int)Math.Floor(_minY + _origin) - 1 - (gy * Sub));
            sy1 = Math.Min(sy1, (int)Math.Floor(_maxY + _origin) + 1 - (gy * Sub));
            if (sx0 > sx1 || sy0 > sy1)
            {
                return;
            }
        }

        const int side = Sub + 1;
        Span<double> threshold = stackalloc double[4];
        for (int k = 0; k < 4; k++)
        {
            double ex = _c[2 * ((k + 1) % 4)] - _c[2 * k], ey = _c[(2 * ((k + 1) % 4)) + 1] - _c[(2 * k) + 1];
            threshold[k] = CrossTolerance + ((Math.Abs(ex) + Math.Abs(ey)) * Grow);
            for (int ly = sy0; ly <= sy1 + 1; ly++)
            {
                for (int lx = sx0; lx <= sx1 + 1; lx++)
                {
                    lattice[(k * side * side) + (ly * side) + lx] = Cross(k, (gx * Sub) + lx - _origin, (gy * Sub) + ly - _origin);
                }
            }
        }

        for (int sy = sy0; sy <= sy1; sy++)
        {
            for (int sx = sx0; sx <= sx1; sx++)
            {
                int slot = (block * Sub * Sub) + (sy * Sub) + sx;
                bool anyAllPositive = false, anyAllNegative = false, everyAllPositive = true, everyAllNegative = true;
                int positiveEdges = 0, negativeEdges = 0, openEdge = 0;
                for (int k = 0; k < 4; k++)
                {
                    int at = (k * side * side) + (sy * side) + sx;
                    double a = lattice[at], b = lattice[at + 1], c = lattice[at + side], d = lattice[at + side + 1];
                    double low = Math.Min(Math.Min(a, b), Math.Min(c, d)), high = Math.Max(Math.Max(a, b), Math.Max(c, d));
                    bool allPositive = low > threshold[k], allNegative = high < -threshold[k];
                    anyAllPositive |= allPositive;
                    anyAllNegative |= allNegative;
                    everyAllPositive &= allPositive;
                    everyAllNegative &= allNegative;
                    positiveEdges += allPositive ? 1 : 0;
                    negativeEdges += allNegative ? 1 : 0;
                    openEdge = allPositive || allNegative ? openEdge : k;
                }

                // The point test passes where no two edges see the point on opposite sides: a cell is held whole
                // when every edge agrees on all of it, and out whole when one edge says + and another − on all of it.
                if (everyAllPositive || everyAllNegative)
                {
                    road[slot] = true;
                }
                else if (!(anyAllPositive && anyAllNegative))
                {
                    pointPairs.Add((slot, PointEntry(tile, positiveEdges, negativeEdges, openEdge)));
                }

                // A wheel in the cell misses a convex tile when the cell lies beyond one of its edges or its box.
                double x0 = (gx * Sub) + sx - _origin - Grow, y0 = (gy * Sub) + sy - _origin - Grow;
                bool apart = _winding != 0
                    && ((_winding > 0 ? anyAllNegative : anyAllPositive)
                        || _minX > x0 + 1 + (2 * Grow) || _maxX < x0 || _minY > y0 + 1 + (2 * Grow) || _maxY < y0);
                if (!apart)
                {
                    wheelPairs.Add((slot, tile));
                }
            }
        }
    }

    /// <summary>
    /// A mixed cell's entry for a tile: the tile, and when three edges hold one sign on the whole cell, that sign and
    /// the fourth edge (the test then reduces to that edge's cross product not having the other sign).
    /// </summary>
    /// <returns>(tile &lt;&lt; 4) | (one edge open: 8) | (negative sign: 4) | open edge.</returns>
    internal static int PointEntry(int tile, int positiveEdges, int negativeEdges, int openEdge)
    {
        int entry = tile << 4;
        if (positiveEdges == 3 && negativeEdges == 0)
        {
            entry |= 8 | openEdge;
        }
        else if (negativeEdges == 3 && positiveEdges == 0)
        {
            entry |= 8 | 4 | openEdge;
        }

        return entry;
    }

    private double Cross(int k, double px, double py)
    {
        double ax = _c[2 * k], ay = _c[(2 * k) + 1];
        double bx = _c[2 * ((k + 1) % 4)], by = _c[(2 * ((k + 1) % 4)) + 1];
        return ((bx - ax) * (py - ay)) - ((by - ay) * (px - ax));
    }
}
