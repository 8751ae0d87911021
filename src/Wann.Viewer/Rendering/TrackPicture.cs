using SkiaSharp;
using Wann.Environments.CarRacing;
using Wann.Viewer.Replay;

namespace Wann.Viewer.Rendering;

/// <summary>
/// A top-down PNG of a car-racing episode: the playfield's grass, the road tiles (touched tiles in blue,
/// untouched ones in grey), the start line, and the car's path in red.
/// </summary>
public static class TrackPicture
{
    /// <summary>Renders the episode.</summary>
    /// <param name="race">The recording.</param>
    /// <param name="size">Picture side in pixels.</param>
    /// <returns>PNG bytes.</returns>
    public static byte[] Render(RaceRecording race, int size = 900)
    {
        Track track = race.Track;

        // Frame the track (and the path, which may leave it) with a margin.
        double minX = double.MaxValue, maxX = double.MinValue, minY = double.MaxValue, maxY = double.MinValue;
        for (int k = 0; k < track.Corners.Length; k += 2)
        {
            Extend(track.Corners[k], track.Corners[k + 1]);
        }

        foreach ((double x, double y) in race.Path)
        {
            Extend(x, y);
        }

        void Extend(double x, double y)
        {
            minX = Math.Min(minX, x);
            maxX = Math.Max(maxX, x);
            minY = Math.Min(minY, y);
            maxY = Math.Max(maxY, y);
        }

        double span = Math.Max(maxX - minX, maxY - minY) + 20;
        double scale = size / span;
        double cx = (minX + maxX) / 2, cy = (minY + maxY) / 2;
        SKPoint Map(double x, double y) => new((float)((size / 2.0) + ((x - cx) * scale)), (float)((size / 2.0) - ((y - cy) * scale)));

        using var surface = SKSurface.Create(new SKImageInfo(size, size));
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(new SKColor(102, 204, 102));
        using var visited = new SKPaint { Color = new SKColor(70, 110, 200), IsAntialias = true, Style = SKPaintStyle.Fill };
        using var untouched = new SKPaint { Color = new SKColor(102, 102, 102), IsAntialias = true, Style = SKPaintStyle.Fill };
        for (int t = 0; t < track.TileCount; t++)
        {
            using var tile = new SKPath();
            ReadOnlySpan<double> c = track.Corners.AsSpan(t * 8, 8);
            tile.MoveTo(Map(c[0], c[1]));
            tile.LineTo(Map(c[2], c[3]));
            tile.LineTo(Map(c[4], c[5]));
            tile.LineTo(Map(c[6], c[7]));
            tile.Close();
            canvas.DrawPath(tile, race.Visited[t] ? visited : untouched);
        }

        using var start = new SKPaint { Color = SKColors.White, IsAntialias = true, StrokeWidth = 3, Style = SKPaintStyle.Stroke };
        ReadOnlySpan<double> first = track.Corners.AsSpan(0, 8);
        canvas.DrawLine(Map(first[6], first[7]), Map(first[4], first[5]), start);

        using var pathPaint = new SKPaint { Color = new SKColor(220, 30, 30), IsAntialias = true, StrokeWidth = 2, Style = SKPaintStyle.Stroke };
        using var line = new SKPath();
        for (int k = 0; k < race.Path.Count; k++)
        {
            SKPoint p = Map(race.Path[k].X, race.Path[k].Y);
            if (k == 0)
            {
                line.MoveTo(p);
            }
            else
            {
                line.LineTo(p);
            }
        }

        canvas.DrawPath(line, pathPaint);
        using SKImage image = surface.Snapshot();
        using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
