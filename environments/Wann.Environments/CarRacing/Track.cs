namespace Wann.Environments.CarRacing;

/// <summary>
/// A generated race track: the closed centreline (one point per tile, with the road heading β at each),
/// the road tiles (quadrilaterals ±<see cref="TrackConstants.HalfWidth"/> across the centreline), and a
/// grid over the playfield for fast "which tile is under this point" queries.
/// </summary>
/// <remarks>Tile i joins centreline point i − 1 to point i (tile 0 joins the last point to the first), as
/// Gym builds them; the car starts at point 0 facing along β₀.</remarks>
public sealed class Track
{
    private const double CellSize = 8.0;
    private const int GridSide = (int)(2 * TrackConstants.Playfield / CellSize) + 2;
    private readonly int[][] _cells;
    private TrackIndex? _index;
    private readonly double[] _edges;
    private readonly double[] _sides;

    /// <summary>Builds a track from its centreline.</summary>
    /// <param name="x">Centreline x per point.</param>
    /// <param name="y">Centreline y per point.</param>
    /// <param name="beta">Road heading per point (the car's angle: it drives along (−sin β, cos β)).</param>
    /// <param name="attempts">Generation attempts it took (1 when the first was accepted).</param>
    public Track(double[] x, double[] y, double[] beta, int attempts)
    {
        X = x;
        Y = y;
        Beta = beta;
        Attempts = attempts;
        int n = x.Length;
        Corners = new double[n * 8];
        for (int i = 0; i < n; i++)
        {
            int j = (i + n - 1) % n;
            double w = TrackConstants.HalfWidth;

            // Gym: road1_l = (x1 − w cos β1, y1 − w sin β1), road1_r = (x1 + w cos β1, y1 + w sin β1), likewise for point 2.
            Span<double> c = Corners.AsSpan(i * 8, 8);
            c[0] = x[j] - (w * Math.Cos(beta[j]));
            c[1] = y[j] - (w * Math.Sin(beta[j]));
            c[2] = x[j] + (w * Math.Cos(beta[j]));
            c[3] = y[j] + (w * Math.Sin(beta[j]));
            c[4] = x[i] + (w * Math.Cos(beta[i]));
            c[5] = y[i] + (w * Math.Sin(beta[i]));
            c[6] = x[i] - (w * Math.Cos(beta[i]));
            c[7] = y[i] - (w * Math.Sin(beta[i]));
        }

        var cells = new List<int>[GridSide * GridSide];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> c = Corners.AsSpan(i * 8, 8);
            double minX = Math.Min(Math.Min(c[0], c[2]), Math.Min(c[4], c[6]));
            double maxX = Math.Max(Math.Max(c[0], c[2]), Math.Max(c[4], c[6]));
            double minY = Math.Min(Math.Min(c[1], c[3]), Math.Min(c[5], c[7]));
            double maxY = Math.Max(Math.Max(c[1], c[3]), Math.Max(c[5], c[7]));
            for (int gx = Cell(minX); gx <= Cell(maxX); gx++)
            {
                for (int gy = Cell(minY); gy <= Cell(maxY); gy++)
                {
                    (cells[(gy * GridSide) + gx] ??= []).Add(i);
                }
            }
        }

        _cells = new int[cells.Length][];
        for (int k = 0; k < cells.Length; k++)
        {
            _cells[k] = cells[k] is { } list ? [.. list] : [];
        }

        // The wheel test's per-edge data, as it computed them itself for every wheel: normal and the tile's extent along it.
        _edges = new double[n * 16];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> c = Corners.AsSpan(i * 8, 8);
            for (int k = 0; k < 4; k++)
            {
                double ax = c[2 * k], ay = c[(2 * k) + 1];
                double nx = c[(2 * ((k + 1) % 4)) + 1] - ay, ny = ax - c[2 * ((k + 1) % 4)];
                double tileMin = double.MaxValue, tileMax = double.MinValue;
                for (int m = 0; m < 4; m++)
                {
                    double p = (c[2 * m] * nx) + (c[(2 * m) + 1] * ny);
                    tileMin = Math.Min(tileMin, p);
                    tileMax = Math.Max(tileMax, p);
                }

                int e = (i * 16) + (k * 4);
                _edges[e] = nx;
                _edges[e + 1] = ny;
                _edges[e + 2] = tileMin;
                _edges[e + 3] = tileMax;
            }
        }

        // The point test's per-edge data: start corner and edge vector, the same differences it took itself.
        _sides = new double[n * 16];
        for (int i = 0; i < n; i++)
        {
            ReadOnlySpan<double> c = Corners.AsSpan(i * 8, 8);
            for (int k = 0; k < 4; k++)
            {
                int e = (i * 16) + (k * 4);
                _sides[e] = c[2 * k];
                _sides[e + 1] = c[(2 * k) + 1];
                _sides[e + 2] = c[2 * ((k + 1) % 4)] - c[2 * k];
                _sides[e + 3] = c[(2 * ((k + 1) % 4)) + 1] - c[(2 * k) + 1];
            }
        }

        CosBeta = new double[n];
        SinBeta = new double[n];
        for (int i = 0; i < n; i++)
        {
            CosBeta[i] = Math.Cos(beta[i]);
            SinBeta[i] = Math.Sin(beta[i]);
        }
    }

    /// <summary>Gets the centreline x coordinates.</summary>
    public double[] X { get; }

    /// <summary>Gets the centreline y coordinates.</summary>
    public double[] Y { get; }

    /// <summary>Gets the road heading at each centreline point.</summary>
    public double[] Beta { get; }

    /// <summary>Gets the four corners of every tile, 8 numbers per tile (x, y of left-previous, right-previous, right-current, left-current).</summary>
    public double[] Corners { get; }

    /// <summary>Gets cos β per centreline point (computed once: the observation reads it every step).</summary>
    internal double[] CosBeta { get; }

    /// <summary>Gets sin β per centreline point.</summary>
    internal double[] SinBeta { get; }

    // Built at the first query, not with the track: most generated tracks in tests and statistics are never driven.
    private TrackIndex Index => _index ?? BuildIndex();

    /// <summary>Gets the number of tiles (and centreline points).</summary>
    public int TileCount => X.Length;

    /// <summary>Gets the generation attempts this track took.</summary>
    public int Attempts { get; }

    /// <summary>Finds a tile containing a point.</summary>
    /// <param name="px">Point x.</param>
    /// <param name="py">Point y.</param>
    /// <returns>The tile's index, or −1 on grass.</returns>
    public int TileAt(double px, double py)
    {
        int gx = Cell(px);
        int gy = Cell(py);
        if (gx < 0 || gy < 0 || gx >= GridSide || gy >= GridSide)
        {
            return -1;
        }

        foreach (int tile in _cells[(gy * GridSide) + gx])
        {
            if (Contains(tile, px, py))
            {
                return tile;
            }
        }

        return -1;
    }

    /// <summary>Whether a point is on the road: the same answer as <c>TileAt(px, py) >= 0</c>, from the fine grid.</summary>
    /// <param name="px">Point x.</param>
    /// <param name="py">Point y.</param>
    /// <returns>True on a tile.</returns>
    public bool OnRoad(double px, double py) => Index.OnRoad(this, Fine(px), Fine(py), px, py);

    /// <summary>
    /// Distance along a ray from a point on the road to the first grass, up to <paramref name="reach"/>: samples every
    /// <paramref name="step"/>, then four bisections between the last road sample and the first grass one.
    /// </summary>
    /// <param name="x">Start x (on the road).</param>
    /// <param name="y">Start y.</param>
    /// <param name="dx">Direction x (unit).</param>
    /// <param name="dy">Direction y.</param>
    /// <param name="step">Distance between samples.</param>
    /// <param name="reach">Largest distance.</param>
    /// <returns>The distance.</returns>
    internal double RayFromRoad(double x, double y, double dx, double dy, double step, double reach)
    {
        TrackIndex index = Index;
        double inside = 0;
        for (double d = step; d <= reach; d += step)
        {
            double px = x + (dx * d), py = y + (dy * d);
            if (!index.OnRoad(this, Fine(px), Fine(py), px, py))
            {
                double outside = d;
                for (int b = 0; b < 4; b++)
                {
                    double mid = (inside + outside) / 2;
                    double mx = x + (dx * mid), my = y + (dy * mid);
                    if (!index.OnRoad(this, Fine(mx), Fine(my), mx, my))
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

        return reach;
    }

    /// <summary>Whether a point lies inside a tile's quadrilateral (convex, either winding).</summary>
    /// <param name="tile">Tile index.</param>
    /// <param name="px">Point x.</param>
    /// <param name="py">Point y.</param>
    /// <returns>True when inside or on an edge.</returns>
    public bool Contains(int tile, double px, double py)
    {
        ReadOnlySpan<double> e = _sides.AsSpan(tile * 16, 16);
        bool positive = false;
        bool negative = false;
        for (int k = 0; k < 16; k += 4)
        {
            // (b − a) × (p − a) for the edge from corner a to the next corner b.
            double cross = (e[k + 2] * (py - e[k + 1])) - (e[k + 3] * (px - e[k]));
            positive |= cross > 0;
            negative |= cross < 0;
        }

        return !(positive && negative);
    }

    /// <summary>One edge's cross product in <see cref="Contains"/>, computed exactly as it computes it.</summary>
    /// <param name="tile">Tile index.</param>
    /// <param name="edge">Edge 0-3 (from corner edge to the next).</param>
    /// <param name="px">Point x.</param>
    /// <param name="py">Point y.</param>
    /// <returns>(b − a) × (p − a).</returns>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal double EdgeCross(int tile, int edge, double px, double py)
    {
        ReadOnlySpan<double> e = _sides.AsSpan((tile * 16) + (edge * 4), 4);
        return (e[2] * (py - e[1])) - (e[3] * (px - e[0]));
    }

    /// <summary>
    /// Lists the tiles a rectangle overlaps (Box2D's polygon-polygon contact between a wheel and a tile sensor,
    /// without its 0.01 skin), by the separating-axis test against the candidates of the fine grid cells it covers.
    /// </summary>
    /// <param name="cx">Rectangle centre x.</param>
    /// <param name="cy">Rectangle centre y.</param>
    /// <param name="angle">Rectangle angle in Gym's convention: its length runs along (−sin, cos).</param>
    /// <param name="halfWidth">Half the rectangle's width (across).</param>
    /// <param name="halfLength">Half the rectangle's length (along).</param>
    /// <param name="tiles">Receives the tile indices, each once.</param>
    /// <returns>How many entries were written (at most the span's length).</returns>
    public int TilesOverlapping(double cx, double cy, double angle, double halfWidth, double halfLength, Span<int> tiles) =>
        TilesOverlapping(cx, cy, Math.Cos(angle), Math.Sin(angle), halfWidth, halfLength, tiles);

    /// <summary>
    /// <see cref="TilesOverlapping(double, double, double, double, double, Span{int})"/> with the angle's cosine and sine
    /// given (the car reuses them across its wheels and its physics), from the fine grid: each tile at most once.
    /// </summary>
    /// <param name="cx">Rectangle centre x.</param>
    /// <param name="cy">Rectangle centre y.</param>
    /// <param name="ux">cos of the angle.</param>
    /// <param name="uy">sin of the angle.</param>
    /// <param name="halfWidth">Half the rectangle's width (across).</param>
    /// <param name="halfLength">Half the rectangle's length (along).</param>
    /// <param name="tiles">Receives the tile indices.</param>
    /// <returns>How many entries were written (at most the span's length).</returns>
    internal int TilesOverlapping(double cx, double cy, double ux, double uy, double halfWidth, double halfLength, Span<int> tiles)
    {
        double vx = -uy, vy = ux;
        double extentX = (Math.Abs(ux) * halfWidth) + (Math.Abs(vx) * halfLength);
        double extentY = (Math.Abs(uy) * halfWidth) + (Math.Abs(vy) * halfLength);
        TrackIndex index = Index;
        int last = index.FineSide - 1;
        int fx0 = Math.Max(Fine(cx - extentX), 0), fx1 = Math.Min(Fine(cx + extentX), last);
        int fy0 = Math.Max(Fine(cy - extentY), 0), fy1 = Math.Min(Fine(cy + extentY), last);
        Span<int> tested = stackalloc int[16];
        int testedCount = 0;
        int found = 0;
        for (int fy = fy0; fy <= fy1; fy++)
        {
            for (int fx = fx0; fx <= fx1; fx++)
            {
                foreach (int tile in index.WheelCandidates(fx, fy))
                {
                    // A tile listed by several covered cells is tested once (a short list: a plain loop beats a call).
                    if (Lists(tested, testedCount, tile))
                    {
                        continue;
                    }

                    bool remembered = testedCount < tested.Length;
                    if (remembered)
                    {
                        tested[testedCount++] = tile;
                    }

                    if (found < tiles.Length && BoxOverlaps(tile, cx, cy, ux, uy, halfWidth, halfLength) && (remembered || !Lists(tiles, found, tile)))
                    {
                        tiles[found++] = tile;
                    }
                }
            }
        }

        return found;
    }

    private static bool Lists(ReadOnlySpan<int> list, int count, int value)
    {
        for (int k = 0; k < count; k++)
        {
            if (list[k] == value)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The coarse-cell search the fine grid replaced (kept as the reference the tests compare against).
    /// Lists the tiles a rectangle overlaps (Box2D's polygon-polygon contact between a wheel and a tile sensor,
    /// without its 0.01 skin), by the separating-axis test against the candidates of the grid cells it covers.
    /// </summary>
    /// <param name="cx">Rectangle centre x.</param>
    /// <param name="cy">Rectangle centre y.</param>
    /// <param name="angle">Rectangle angle in Gym's convention: its length runs along (−sin, cos).</param>
    /// <param name="halfWidth">Half the rectangle's width (across).</param>
    /// <param name="halfLength">Half the rectangle's length (along).</param>
    /// <param name="tiles">Receives the tile indices; a tile may appear more than once when the rectangle spans cells.</param>
    /// <returns>How many entries were written (at most the span's length).</returns>
    internal int TilesOverlappingByCells(double cx, double cy, double angle, double halfWidth, double halfLength, Span<int> tiles)
    {
        double ux = Math.Cos(angle), uy = Math.Sin(angle);   // across
        double vx = -uy, vy = ux;                              // along
        double extentX = (Math.Abs(ux) * halfWidth) + (Math.Abs(vx) * halfLength);
        double extentY = (Math.Abs(uy) * halfWidth) + (Math.Abs(vy) * halfLength);
        int found = 0;
        int gx0 = Math.Max(Cell(cx - extentX), 0), gx1 = Math.Min(Cell(cx + extentX), GridSide - 1);
        int gy0 = Math.Max(Cell(cy - extentY), 0), gy1 = Math.Min(Cell(cy + extentY), GridSide - 1);
        for (int gy = gy0; gy <= gy1; gy++)
        {
            for (int gx = gx0; gx <= gx1; gx++)
            {
                foreach (int tile in _cells[(gy * GridSide) + gx])
                {
                    if (found < tiles.Length && BoxOverlaps(tile, cx, cy, ux, uy, halfWidth, halfLength))
                    {
                        tiles[found++] = tile;
                    }
                }
            }
        }

        return found;
    }

    private TrackIndex BuildIndex()
    {
        var index = new TrackIndex(Corners, _cells, GridSide, TrackConstants.Playfield + CellSize);
        return Interlocked.CompareExchange(ref _index, index, null) ?? index;
    }

    private bool BoxOverlaps(int tile, double cx, double cy, double ux, double uy, double halfWidth, double halfLength)
    {
        ReadOnlySpan<double> c = Corners.AsSpan(tile * 8, 8);

        // The rectangle's own axes: the tile's corners, relative to the centre, must reach inside both slabs.
        double vx = -uy, vy = ux;
        double minU = double.MaxValue, maxU = double.MinValue, minV = double.MaxValue, maxV = double.MinValue;
        for (int k = 0; k < 4; k++)
        {
            double dx = c[2 * k] - cx, dy = c[(2 * k) + 1] - cy;
            double pu = (dx * ux) + (dy * uy), pv = (dx * vx) + (dy * vy);
            minU = Math.Min(minU, pu);
            maxU = Math.Max(maxU, pu);
            minV = Math.Min(minV, pv);
            maxV = Math.Max(maxV, pv);
        }

        if (minU > halfWidth || maxU < -halfWidth || minV > halfLength || maxV < -halfLength)
        {
            return false;
        }

        // The tile's edge normals: the rectangle's projection must reach the tile's.
        ReadOnlySpan<double> edges = _edges.AsSpan(tile * 16, 16);
        for (int k = 0; k < 4; k++)
        {
            double nx = edges[4 * k], ny = edges[(4 * k) + 1], tileMin = edges[(4 * k) + 2], tileMax = edges[(4 * k) + 3];
            double centre = (cx * nx) + (cy * ny);
            double reach = (Math.Abs((ux * nx) + (uy * ny)) * halfWidth) + (Math.Abs((vx * nx) + (vy * ny)) * halfLength);
            if (centre - reach > tileMax || centre + reach < tileMin)
            {
                return false;
            }
        }

        return true;
    }

    // The fine column of a coordinate: the same sum as Cell, not divided (the coarse cell is this over 8, exactly).
    private static int Fine(double v) => (int)Math.Floor(v + TrackConstants.Playfield + CellSize);

    private static int Cell(double v) => (int)Math.Floor((v + TrackConstants.Playfield + CellSize) / CellSize);
}
