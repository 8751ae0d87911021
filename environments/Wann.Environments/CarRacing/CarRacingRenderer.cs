namespace Wann.Environments.CarRacing;

/// <summary>
/// Draws the 96×96 RGB observation Gym's CarRacing returns ("state_pixels"), in software: the camera follows
/// and turns with the car (the car at column 48, row 72, pointing up), road tiles in grey (every third tile a
/// shade lighter, as Gym colours them), the grass background with its lighter squares, the red hull and black
/// wheels, and the black indicator bar in the bottom 12 rows (speed, four wheel spins, steering, yaw rate).
/// </summary>
/// <remarks>
/// Gym draws into a 1000×800 window at 16.2 window pixels per unit and scales it to 96×96, so a unit is
/// about 1.56 pixels across and 1.94 pixels down. Here each pixel's centre is mapped back into the world and
/// coloured by what lies there (no anti-aliasing, and the score text is not drawn). Not used by the search:
/// the WANN task reads the features vector; this is for replays, tests, and pixel-based experiments.
/// </remarks>
public static class CarRacingRenderer
{
    /// <summary>Side of the observation in pixels.</summary>
    public const int Side = 96;

    private const int BarRows = 12;
    private const double WindowWidth = 1000, WindowHeight = 800;
    private const double Zoom = 2.7 * TrackConstants.Scale;
    private const double GrassDim = TrackConstants.Playfield / 20;

    /// <summary>Renders one frame.</summary>
    /// <param name="track">The track.</param>
    /// <param name="car">The car's state.</param>
    /// <param name="seconds">Time since reset (the camera zooms in during the first second).</param>
    /// <param name="rgb">Receives 96 × 96 × 3 bytes, row-major from the top.</param>
    /// <param name="wheelSpins">The four wheels' angular velocities (front left, front right, rear left, rear right) for the ABS bars.</param>
    public static void Render(Track track, CarSnapshot car, double seconds, Span<byte> rgb, ReadOnlySpan<double> wheelSpins = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(rgb.Length, Side * Side * 3);
        double zoom = (0.1 * TrackConstants.Scale * Math.Max(1 - seconds, 0)) + (Zoom * Math.Min(seconds, 1));
        double c = Math.Cos(car.Angle), s = Math.Sin(car.Angle);
        for (int row = 0; row < Side - BarRows; row++)
        {
            for (int col = 0; col < Side; col++)
            {
                // Pixel centre -> window coordinates (y up from the bottom) -> car frame -> world.
                double wx = (col + 0.5) * WindowWidth / Side;
                double wy = WindowHeight - ((row + 0.5) * WindowHeight / Side);
                double lx = (wx - (WindowWidth / 2)) / zoom;
                double ly = (wy - (WindowHeight / 4)) / zoom;
                double x = car.X + (c * lx) - (s * ly);
                double y = car.Y + (s * lx) + (c * ly);
                (byte r, byte g, byte b) = ColourAt(track, car, x, y, lx, ly);
                int at = ((row * Side) + col) * 3;
                rgb[at] = r;
                rgb[at + 1] = g;
                rgb[at + 2] = b;
            }
        }

        DrawIndicators(car, rgb, wheelSpins);
    }

    private static (byte, byte, byte) ColourAt(Track track, CarSnapshot car, double x, double y, double lx, double ly)
    {
        // The car, in its own frame: wheels (0.56 × 1.08 boxes) then the hull's bounding shapes.
        for (int w = 0; w < 4; w++)
        {
            double wheelAngle = w < 2 ? car.SteeringAngle : 0;
            double dx = lx - CarBody.WheelX[w], dy = ly - CarBody.WheelY[w];
            double ax = (Math.Cos(wheelAngle) * dx) + (Math.Sin(wheelAngle) * dy);
            double ay = (-Math.Sin(wheelAngle) * dx) + (Math.Cos(wheelAngle) * dy);
            if (Math.Abs(ax) <= 14 * CarBody.Size && Math.Abs(ay) <= 27 * CarBody.Size)
            {
                return (0, 0, 0);
            }
        }

        if (InHull(lx / CarBody.Size, ly / CarBody.Size))
        {
            return (204, 0, 0);
        }

        int tile = track.TileAt(x, y);
        if (tile >= 0)
        {
            byte grey = (byte)(102 + (int)(0.01 * (tile % 3) * 255));
            return (grey, grey, grey);
        }

        if (Math.Abs(x) <= TrackConstants.Playfield && Math.Abs(y) <= TrackConstants.Playfield)
        {
            int gx = (int)Math.Floor(x / GrassDim), gy = (int)Math.Floor(y / GrassDim);
            if (gx % 2 == 0 && gy % 2 == 0 && gx >= -20 && gx < 20 && gy >= -20 && gy < 20)
            {
                return (102, 230, 102);
            }
        }

        return (102, 204, 102);
    }

    private static bool InHull(double ux, double uy) =>
        (Math.Abs(ux) <= 60 && uy >= 110 && uy <= 130)
        || (uy >= 20 && uy <= 120 && Math.Abs(ux) <= 15 + ((120 - uy) / 100 * 5))
        || (uy >= -90 && uy <= 20 && Math.Abs(ux) <= (uy >= -10 ? 50 - ((uy + 10) / 30 * 25) : uy >= -40 ? 50 : 50 - ((-40 - uy) / 50 * 30)))
        || (Math.Abs(ux) <= 50 && uy >= -120 && uy <= -90);

    private static void DrawIndicators(CarSnapshot car, Span<byte> rgb, ReadOnlySpan<double> wheelSpins)
    {
        rgb[((Side - BarRows) * Side * 3)..].Clear();
        double speed = Math.Sqrt((car.VelocityX * car.VelocityX) + (car.VelocityY * car.VelocityY));

        // Columns as Gym places them in the 1000-px window, scaled: speed bar at 5/40 of the width, steering and gyro further right.
        VerticalBar(rgb, 5, 0.02 * speed * 12, (255, 255, 255));
        for (int w = 0; w < wheelSpins.Length && w < 4; w++)
        {
            VerticalBar(rgb, 12 + (3 * w), 0.01 * wheelSpins[w] * 12, w < 2 ? ((byte)0, (byte)0, (byte)255) : ((byte)51, (byte)0, (byte)255));
        }

        HorizontalBar(rgb, 48, -10 * car.SteeringAngle * 4, (0, 255, 0));
        HorizontalBar(rgb, 72, -0.8 * car.AngularVelocity * 4, (255, 0, 0));
    }

    private static void VerticalBar(Span<byte> rgb, int col, double height, (byte R, byte G, byte B) colour)
    {
        int h = Math.Clamp((int)Math.Round(Math.Abs(height)), 0, BarRows - 2);
        for (int k = 0; k < h; k++)
        {
            int row = Side - 2 - k;
            for (int dc = 0; dc < 2; dc++)
            {
                Set(rgb, row, col + dc, colour);
            }
        }
    }

    private static void HorizontalBar(Span<byte> rgb, int col, double width, (byte R, byte G, byte B) colour)
    {
        int w = Math.Clamp((int)Math.Round(width), -20, 20);
        for (int k = Math.Min(0, w); k < Math.Max(0, w); k++)
        {
            for (int row = Side - 8; row < Side - 4; row++)
            {
                Set(rgb, row, col + k, colour);
            }
        }
    }

    private static void Set(Span<byte> rgb, int row, int col, (byte R, byte G, byte B) colour)
    {
        if (col < 0 || col >= Side)
        {
            return;
        }

        int at = ((row * Side) + col) * 3;
        rgb[at] = colour.R;
        rgb[at + 1] = colour.G;
        rgb[at + 2] = colour.B;
    }
}
