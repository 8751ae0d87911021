namespace Wann.Environments.Digits;

/// <summary>
/// The WANN paper's MNIST preprocessing: each 28x28 image is resized to 16x16 with bilinear
/// interpolation and then deskewed with its second-order image moments.
/// </summary>
/// <remarks>
/// <para>The reference calls OpenCV: <c>cv2.resize</c> (bilinear, pixel centres aligned, no area
/// averaging) and <c>cv2.warpAffine</c> with the inverse map [[1, s, -8s], [0, 1, 0]],
/// s = mu11 / mu02, border 0. This is the same arithmetic in double precision; OpenCV quantises the
/// interpolation fractions to 1/32, so values differ from it in the last few bits of a pixel, not in
/// which pixels light up.</para>
/// </remarks>
public static class DigitPreprocessing
{
    /// <summary>The reference's side length after resizing.</summary>
    public const int WannSide = 16;

    /// <summary>Applies resize and deskew to every image of a set.</summary>
    /// <param name="set">28x28 (or any size) images.</param>
    /// <param name="side">Output side length (16 for the paper's mnist256).</param>
    /// <returns>A new set of side x side images with the same labels.</returns>
    public static DigitSet ResizeAndDeskew(DigitSet set, int side = WannSide)
    {
        int outPixels = side * side;
        var pixels = new float[set.Count * outPixels];
        var resized = new double[outPixels];
        var deskewed = new double[outPixels];
        var source = new double[set.PixelCount];
        for (int i = 0; i < set.Count; i++)
        {
            ReadOnlySpan<float> image = set.Image(i);
            for (int p = 0; p < source.Length; p++)
            {
                source[p] = image[p];
            }

            Resize(source, set.Rows, set.Columns, resized, side, side);
            Deskew(resized, side, deskewed);
            Span<float> target = pixels.AsSpan(i * outPixels, outPixels);
            for (int p = 0; p < outPixels; p++)
            {
                target[p] = (float)deskewed[p];
            }
        }

        return new DigitSet(side, side, pixels, set.Labels);
    }

    /// <summary>Bilinear resize with pixel centres aligned (OpenCV's INTER_LINEAR convention).</summary>
    /// <param name="source">Source image, row-major.</param>
    /// <param name="sourceRows">Source height.</param>
    /// <param name="sourceColumns">Source width.</param>
    /// <param name="target">Receives the resized image, row-major.</param>
    /// <param name="rows">Target height.</param>
    /// <param name="columns">Target width.</param>
    public static void Resize(ReadOnlySpan<double> source, int sourceRows, int sourceColumns, Span<double> target, int rows, int columns)
    {
        double scaleY = (double)sourceRows / rows;
        double scaleX = (double)sourceColumns / columns;
        for (int r = 0; r < rows; r++)
        {
            (int y0, double fy) = SourceCoordinate(r, scaleY, sourceRows);
            int y1 = Math.Min(y0 + 1, sourceRows - 1);
            for (int c = 0; c < columns; c++)
            {
                (int x0, double fx) = SourceCoordinate(c, scaleX, sourceColumns);
                int x1 = Math.Min(x0 + 1, sourceColumns - 1);
                double top = (source[(y0 * sourceColumns) + x0] * (1 - fx)) + (source[(y0 * sourceColumns) + x1] * fx);
                double bottom = (source[(y1 * sourceColumns) + x0] * (1 - fx)) + (source[(y1 * sourceColumns) + x1] * fx);
                target[(r * columns) + c] = (top * (1 - fy)) + (bottom * fy);
            }
        }
    }

    /// <summary>
    /// Removes the slant of a square image: shears rows so that the principal axis becomes vertical
    /// (skew = mu11 / mu02 of the intensity distribution, x along columns, y along rows).
    /// </summary>
    /// <param name="image">A side x side image, row-major.</param>
    /// <param name="side">Side length.</param>
    /// <param name="target">Receives the deskewed image (must not overlap <paramref name="image"/>).</param>
    public static void Deskew(ReadOnlySpan<double> image, int side, Span<double> target)
    {
        double mass = 0, sumX = 0, sumY = 0;
        for (int y = 0; y < side; y++)
        {
            for (int x = 0; x < side; x++)
            {
                double v = image[(y * side) + x];
                mass += v;
                sumX += v * x;
                sumY += v * y;
            }
        }

        double mu02 = 0, mu11 = 0;
        if (mass > 0)
        {
            double cx = sumX / mass;
            double cy = sumY / mass;
            for (int y = 0; y < side; y++)
            {
                for (int x = 0; x < side; x++)
                {
                    double v = image[(y * side) + x];
                    mu02 += v * (y - cy) * (y - cy);
                    mu11 += v * (x - cx) * (y - cy);
                }
            }
        }

        // The reference leaves near-empty images (no vertical spread) as they are.
        if (Math.Abs(mu02) < 1e-2)
        {
            image.CopyTo(target);
            return;
        }

        double skew = mu11 / mu02;
        double shift = -0.5 * side * skew;
        for (int y = 0; y < side; y++)
        {
            double sy = y;
            for (int x = 0; x < side; x++)
            {
                // Inverse map: destination (x, y) reads the source at (x + skew·y + shift, y), bilinear, zero outside.
                double sx = x + (skew * sy) + shift;
                int x0 = (int)Math.Floor(sx);
                double fx = sx - x0;
                double left = x0 >= 0 && x0 < side ? image[(y * side) + x0] : 0.0;
                double right = x0 + 1 >= 0 && x0 + 1 < side ? image[(y * side) + x0 + 1] : 0.0;
                target[(y * side) + x] = (left * (1 - fx)) + (right * fx);
            }
        }
    }

    private static (int Index, double Fraction) SourceCoordinate(int target, double scale, int sourceLength)
    {
        double s = ((target + 0.5) * scale) - 0.5;
        int i = (int)Math.Floor(s);
        double f = s - i;
        if (i < 0)
        {
            return (0, 0.0);
        }

        if (i >= sourceLength - 1)
        {
            return (sourceLength - 1, 0.0);
        }

        return (i, f);
    }
}
