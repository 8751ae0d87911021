namespace Wann.Environments.Digits;

/// <summary>
/// A set of labelled greyscale digit images stored flat: image i's pixel (r, c) at
/// <c>i · Rows · Columns + r · Columns + c</c>.
/// </summary>
/// <param name="Rows">Image height.</param>
/// <param name="Columns">Image width.</param>
/// <param name="Pixels">All pixels, image after image, row-major, scaled to [0, 1].</param>
/// <param name="Labels">The digit of each image (0-9).</param>
public sealed record DigitSet(int Rows, int Columns, float[] Pixels, byte[] Labels)
{
    /// <summary>Gets the number of images.</summary>
    public int Count => Labels.Length;

    /// <summary>Gets the number of pixels of one image.</summary>
    public int PixelCount => Rows * Columns;

    /// <summary>Gets the pixels of one image, row-major.</summary>
    /// <param name="index">Image index.</param>
    /// <returns>The image.</returns>
    public ReadOnlySpan<float> Image(int index) => Pixels.AsSpan(index * PixelCount, PixelCount);

    /// <summary>Returns the first <paramref name="count"/> images (for quick runs and tests).</summary>
    /// <param name="count">How many images to keep.</param>
    /// <returns>A new set sharing no arrays with this one.</returns>
    public DigitSet Take(int count)
    {
        count = Math.Min(count, Count);
        return new DigitSet(Rows, Columns, Pixels.AsSpan(0, count * PixelCount).ToArray(), Labels.AsSpan(0, count).ToArray());
    }
}
