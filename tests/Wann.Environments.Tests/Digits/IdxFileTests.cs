using Wann.Environments.Digits;

namespace Wann.Environments.Tests.Digits;

public sealed class IdxFileTests
{
    private static byte[] ImageFile(int count, int rows, int columns, int extra = 0)
    {
        var bytes = new byte[16 + (count * rows * columns) + extra];
        bytes[2] = 0x08;
        bytes[3] = 3;
        WriteBigEndian(bytes, 4, count);
        WriteBigEndian(bytes, 8, rows);
        WriteBigEndian(bytes, 12, columns);
        for (int i = 16; i < 16 + (count * rows * columns); i++)
        {
            bytes[i] = (byte)(i - 16);
        }

        return bytes;
    }

    private static void WriteBigEndian(byte[] bytes, int at, int value)
    {
        bytes[at] = (byte)(value >> 24);
        bytes[at + 1] = (byte)(value >> 16);
        bytes[at + 2] = (byte)(value >> 8);
        bytes[at + 3] = (byte)value;
    }

    [Fact]
    public void A_hand_made_image_file_gives_its_shape_and_bytes()
    {
        (int[] shape, byte[] data) = IdxFile.Parse(ImageFile(2, 3, 4), 3, "images");

        Assert.Equal([2, 3, 4], shape);
        Assert.Equal(24, data.Length);
        Assert.Equal(0, data[0]);
        Assert.Equal(23, data[23]);
    }

    [Fact]
    public void A_big_size_is_read_big_endian()
    {
        var bytes = new byte[8 + 300];
        bytes[2] = 0x08;
        bytes[3] = 1;
        WriteBigEndian(bytes, 4, 300);

        (int[] shape, _) = IdxFile.Parse(bytes, 1, "labels");

        Assert.Equal(300, shape[0]);
    }

    [Theory]
    [InlineData(0, 0x01, "magic number starts with 0x0100")]
    [InlineData(2, 0x0D, "element type 0x0d, expected 0x08")]
    [InlineData(3, 0x01, "1 dimensions in the magic number, expected 3")]
    public void A_wrong_header_byte_is_named(int index, byte value, string expected)
    {
        byte[] bytes = ImageFile(1, 2, 2);
        bytes[index] = value;

        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Parse(bytes, 3, "t10k-images-idx3-ubyte"));

        Assert.Contains("t10k-images-idx3-ubyte", error.Message, StringComparison.Ordinal);
        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_file_says_how_long_it_should_be()
    {
        byte[] bytes = ImageFile(2, 3, 4)[..30];

        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Parse(bytes, 3, "train-images"));

        Assert.Contains("30 bytes, expected 40", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Trailing_bytes_are_refused()
    {
        var error = Assert.Throws<InvalidDataException>(() => IdxFile.Parse(ImageFile(1, 2, 2, extra: 1), 3, "x"));

        Assert.Contains("21 bytes, expected 20", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_folder_says_how_to_fetch_the_data()
    {
        string empty = Directory.CreateTempSubdirectory("wann-mnist-").FullName;

        var error = Assert.Throws<FileNotFoundException>(() => MnistData.ReadSet(empty, MnistData.TestImagesFile, MnistData.TestLabelsFile));

        Assert.Contains("t10k-images-idx3-ubyte is missing", error.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/fetch-mnist.sh", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Labels_that_do_not_match_the_images_are_refused()
    {
        string dir = Directory.CreateTempSubdirectory("wann-mnist-").FullName;
        File.WriteAllBytes(Path.Combine(dir, "img"), ImageFile(3, 2, 2));
        var labels = new byte[8 + 2];
        labels[2] = 0x08;
        labels[3] = 1;
        WriteBigEndian(labels, 4, 2);
        File.WriteAllBytes(Path.Combine(dir, "lab"), labels);

        var error = Assert.Throws<InvalidDataException>(() => MnistData.ReadSet(dir, "img", "lab"));

        Assert.Contains("2 labels, expected one per image", error.Message, StringComparison.Ordinal);
    }
}
