using Wann.Environments.Digits;

namespace Wann.Environments.Tests.Digits;

public sealed class DigitPreprocessingTests
{
    [Fact]
    public void Halving_averages_each_two_by_two_block()
    {
        // 4x4 -> 2x2 with centres aligned samples the source at 0.5 and 2.5: the mean of each 2x2 block.
        double[] source =
        [
            1, 3, 0, 0,
            5, 7, 0, 8,
            0, 0, 2, 2,
            0, 4, 2, 2,
        ];
        var target = new double[4];

        DigitPreprocessing.Resize(source, 4, 4, target, 2, 2);

        Assert.Equal([4.0, 2.0, 1.0, 2.0], target);
    }

    [Fact]
    public void Shrinking_28_to_16_reads_the_source_at_the_aligned_positions()
    {
        var source = new double[28 * 28];
        for (int r = 0; r < 28; r++)
        {
            for (int c = 0; c < 28; c++)
            {
                source[(r * 28) + c] = c; // a horizontal ramp: the result is the sampled column position
            }
        }

        var target = new double[16 * 16];
        DigitPreprocessing.Resize(source, 28, 28, target, 16, 16);

        // Column j samples x = (j + 0.5) * 1.75 - 0.5; the first is 0.375, the last 26.625.
        Assert.Equal(0.375, target[0], 12);
        Assert.Equal(26.625, target[15], 12);
        Assert.Equal(9.125, target[(7 * 16) + 5], 12);
    }

    [Fact]
    public void A_slanted_stroke_becomes_upright()
    {
        // A one-pixel stroke leaning right by one column every two rows (x = 4 + y / 2).
        const int side = 16;
        var image = new double[side * side];
        for (int y = 0; y < side; y += 2)
        {
            image[(y * side) + 4 + (y / 2)] = 1.0;
        }

        var upright = new double[side * side];
        DigitPreprocessing.Deskew(image, side, upright);

        // Moments: mu11 / mu02 = 0.5, so row y is read at x + 0.5 (y - 8): every lit row lands on column 8.
        for (int y = 0; y < side; y += 2)
        {
            Assert.Equal(1.0, upright[(y * side) + 8], 12);
        }

        double before = ColumnSpread(image, side);
        double after = ColumnSpread(upright, side);
        Assert.True(before > 2.0, $"spread before {before}");
        Assert.True(after < 1e-9, $"spread after {after}");
    }

    [Fact]
    public void An_image_without_vertical_spread_is_left_alone()
    {
        const int side = 16;
        var image = new double[side * side];
        image[(5 * side) + 3] = 0.7;
        image[(5 * side) + 9] = 0.2;
        var target = new double[side * side];

        DigitPreprocessing.Deskew(image, side, target);

        Assert.Equal(image, target);
    }

    private static double ColumnSpread(double[] image, int side)
    {
        double mass = 0, sum = 0, squares = 0;
        for (int i = 0; i < image.Length; i++)
        {
            int x = i % side;
            mass += image[i];
            sum += image[i] * x;
            squares += image[i] * x * x;
        }

        double mean = sum / mass;
        return Math.Sqrt((squares / mass) - (mean * mean));
    }
}
