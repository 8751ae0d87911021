using SkiaSharp;
using Wann.Core.Genomes;
using Wann.Viewer.Layout;

namespace Wann.Viewer.Rendering;

/// <summary>
/// Draws the same picture as <see cref="SvgRenderer"/> into a PNG with SkiaSharp, in-process. Labels use
/// Skia's default typeface; on a machine with no fonts at all the drawing is still written, without text.
/// </summary>
public static class PngRenderer
{
    private const float Radius = 14f;

    /// <summary>Largest picture side in pixels: beyond it Skia cannot allocate the surface (a 20,000-node chain is
    /// hundreds of thousands of pixels wide).</summary>
    public const int MaxSide = 16_384;

    /// <summary>Renders a genome to PNG bytes.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="inputNames">Input names.</param>
    /// <param name="outputNames">Output names.</param>
    /// <param name="scale">Pixels per drawing unit (2 gives a sharp picture).</param>
    /// <returns>The PNG file's bytes.</returns>
    /// <exception cref="PictureTooLargeException">The picture would be wider or taller than <see cref="MaxSide"/> pixels.</exception>
    public static byte[] Render(Genome genome, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames, float scale = 2f)
    {
        var (nodes, edges, width, height) = TopologyLayout.Compute(genome, inputNames, outputNames);
        double pixelsWide = Math.Ceiling(width * scale);
        double pixelsHigh = Math.Ceiling(height * scale);
        if (pixelsWide > MaxSide || pixelsHigh > MaxSide)
        {
            throw new PictureTooLargeException(
                $"the picture of {genome.Nodes.Length:N0} nodes would be {pixelsWide:N0} x {pixelsHigh:N0} pixels, more than a PNG side of {MaxSide:N0}; write .svg or .dot (Graphviz) instead.");
        }

        var at = nodes.ToDictionary(n => n.Id);
        using var surface = SKSurface.Create(new SKImageInfo((int)pixelsWide, (int)pixelsHigh))
            ?? throw new PictureTooLargeException($"Skia could not allocate a {pixelsWide:N0} x {pixelsHigh:N0} pixel picture; write .svg or .dot (Graphviz) instead.");
        SKCanvas canvas = surface.Canvas;
        canvas.Clear(SKColors.White);
        canvas.Scale(scale);
        using var edgePaint = new SKPaint { Color = new SKColor(0x55, 0x55, 0x55, 0x8c), IsAntialias = true, StrokeWidth = 1.2f, Style = SKPaintStyle.Stroke };
        using var backPaint = new SKPaint { Color = new SKColor(0xc0, 0x39, 0x2b), IsAntialias = true, StrokeWidth = 1.2f, Style = SKPaintStyle.Stroke, PathEffect = SKPathEffect.CreateDash([5f, 4f], 0) };
        foreach (PlacedEdge e in edges)
        {
            PlacedNode s = at[e.Source];
            PlacedNode t = at[e.Target];
            if (e.IsBackEdge)
            {
                using var path = new SKPath();
                path.MoveTo((float)s.X, (float)s.Y);
                path.CubicTo((float)s.X, (float)s.Y - 70, (float)t.X, (float)t.Y - 70, (float)t.X, (float)t.Y);
                canvas.DrawPath(path, backPaint);
            }
            else
            {
                canvas.DrawLine((float)s.X, (float)s.Y, (float)t.X, (float)t.Y, edgePaint);
            }
        }

        using var fill = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Fill };
        using var stroke = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = new SKColor(0x33, 0x33, 0x33), StrokeWidth = 1f };
        using var glyph = new SKPaint { IsAntialias = true, Style = SKPaintStyle.Stroke, Color = new SKColor(0x11, 0x11, 0x11), StrokeWidth = 1.2f };
        using var text = new SKPaint { IsAntialias = true, Color = SKColors.Black };
        using var font = new SKFont(SKTypeface.Default, 12);
        foreach (PlacedNode n in nodes)
        {
            fill.Color = SKColor.Parse(n.Kind == NodeKind.Hidden ? ActivationStyle.Color(n.Activation) : n.Kind == NodeKind.Output ? "#ffffff" : "#eeeeee");
            canvas.DrawCircle((float)n.X, (float)n.Y, Radius, fill);
            canvas.DrawCircle((float)n.X, (float)n.Y, Radius, stroke);
            if (n.Kind is NodeKind.Hidden or NodeKind.Output)
            {
                using var curve = new SKPath();
                bool first = true;
                foreach ((double x, double y) in ActivationStyle.Glyph(n.Activation, Radius * 0.6))
                {
                    if (first)
                    {
                        curve.MoveTo((float)(n.X + x), (float)(n.Y + y));
                        first = false;
                    }
                    else
                    {
                        curve.LineTo((float)(n.X + x), (float)(n.Y + y));
                    }
                }

                canvas.DrawPath(curve, glyph);
            }

            if (n.Label.Length > 0)
            {
                bool left = n.Kind is NodeKind.Input or NodeKind.Bias;
                float x = (float)(left ? n.X - Radius - 6 : n.X + Radius + 6);
                canvas.DrawText(n.Label, x, (float)n.Y + 4, left ? SKTextAlign.Right : SKTextAlign.Left, font, text);
            }
        }

        using SKImage image = surface.Snapshot();
        using SKData data = image.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }
}
