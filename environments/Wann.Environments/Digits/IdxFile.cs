using System.Buffers.Binary;

namespace Wann.Environments.Digits;

/// <summary>
/// Reads the IDX format of the MNIST distribution: a big-endian header (two zero bytes, the element
/// type 0x08 for unsigned bytes, the number of dimensions, then each dimension's size as a 32-bit
/// integer) followed by the raw elements.
/// </summary>
/// <remarks>Only unsigned-byte files are read (all four MNIST files are). Every check names the file,
/// the field and what was expected, because a truncated download is the usual cause of a bad file.</remarks>
public static class IdxFile
{
    private const byte UnsignedByteType = 0x08;

    /// <summary>Reads an unsigned-byte IDX file with the given number of dimensions.</summary>
    /// <param name="path">The file.</param>
    /// <param name="dimensions">Expected number of dimensions (1 for labels, 3 for images).</param>
    /// <returns>The dimension sizes and the elements, row-major.</returns>
    /// <exception cref="InvalidDataException">The header or the length is not what the format requires.</exception>
    public static (int[] Shape, byte[] Data) Read(string path, int dimensions)
    {
        byte[] bytes = File.ReadAllBytes(path);
        return Parse(bytes, dimensions, path);
    }

    /// <summary>Parses an unsigned-byte IDX file held in memory.</summary>
    /// <param name="bytes">The file's bytes.</param>
    /// <param name="dimensions">Expected number of dimensions.</param>
    /// <param name="name">The file's name, for error messages.</param>
    /// <returns>The dimension sizes and the elements, row-major.</returns>
    /// <exception cref="InvalidDataException">The header or the length is not what the format requires.</exception>
    public static (int[] Shape, byte[] Data) Parse(ReadOnlySpan<byte> bytes, int dimensions, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dimensions, 1);
        int headerLength = 4 + (4 * dimensions);
        if (bytes.Length < headerLength)
        {
            throw new InvalidDataException($"{name}: {bytes.Length} bytes, expected at least a {headerLength}-byte IDX header.");
        }

        if (bytes[0] != 0 || bytes[1] != 0)
        {
            throw new InvalidDataException($"{name}: magic number starts with 0x{bytes[0]:x2}{bytes[1]:x2}, expected 0x0000 (not an IDX file).");
        }

        if (bytes[2] != UnsignedByteType)
        {
            throw new InvalidDataException($"{name}: element type 0x{bytes[2]:x2}, expected 0x08 (unsigned byte).");
        }

        if (bytes[3] != dimensions)
        {
            throw new InvalidDataException($"{name}: {bytes[3]} dimensions in the magic number, expected {dimensions}.");
        }

        var shape = new int[dimensions];
        long count = 1;
        for (int d = 0; d < dimensions; d++)
        {
            int size = BinaryPrimitives.ReadInt32BigEndian(bytes.Slice(4 + (4 * d), 4));
            if (size <= 0)
            {
                throw new InvalidDataException($"{name}: dimension {d} has size {size}, expected a positive size.");
            }

            shape[d] = size;
            count *= size;
        }

        long expected = headerLength + count;
        if (bytes.Length != expected)
        {
            throw new InvalidDataException(
                $"{name}: {bytes.Length} bytes, expected {expected} (header {headerLength} + {string.Join(" x ", shape)} elements); the file is truncated or not what its header says.");
        }

        return (shape, bytes[headerLength..].ToArray());
    }
}
