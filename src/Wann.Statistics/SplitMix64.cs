namespace Wann.Statistics;

/// <summary>
/// A tiny 64-bit generator (Steele, Lea &amp; Flood's SplitMix64) for bootstrap resampling. Written here rather
/// than using System.Random so that a ulong seed is used whole and the stream is fixed by this file alone,
/// independent of runtime version.
/// </summary>
internal struct SplitMix64
{
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    public ulong Next()
    {
        ulong z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform index in [0, <paramref name="bound"/>); rejection removes the modulo bias.</summary>
    public int NextIndex(int bound)
    {
        ulong range = (ulong)bound;
        ulong limit = ulong.MaxValue - (ulong.MaxValue % range);
        ulong r;
        do
        {
            r = Next();
        }
        while (r >= limit);
        return (int)(r % range);
    }
}
