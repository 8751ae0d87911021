namespace Wann.Environments.Randomness;

/// <summary>
/// A small, fast, seedable pseudo-random generator (xoshiro256**, Blackman and Vigna 2018),
/// implemented here from the published algorithm description.
/// </summary>
/// <remarks>
/// Wann never uses <see cref="System.Random"/> or any shared generator: every random stream is
/// created from a seed derived with <see cref="SeedMixer"/> from (run seed, generation, genome,
/// episode, ...). That makes a run independent of thread scheduling and of how work is split
/// between threads or machines. The type is a mutable struct so that streams can live on the
/// stack in hot loops; pass it by <c>ref</c>.
/// </remarks>
public struct Xoshiro256
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose 256-bit state is expanded from <paramref name="seed"/> by SplitMix64.</summary>
    /// <param name="seed">Any 64-bit value; equal seeds give equal streams.</param>
    public Xoshiro256(ulong seed)
    {
        ulong x = seed;
        _s0 = SeedMixer.SplitMix64(ref x);
        _s1 = SeedMixer.SplitMix64(ref x);
        _s2 = SeedMixer.SplitMix64(ref x);
        _s3 = SeedMixer.SplitMix64(ref x);
        if ((_s0 | _s1 | _s2 | _s3) == 0)
        {
            _s0 = 1; // the all-zero state is the one state xoshiro cannot leave
        }
    }

    /// <summary>Restores a generator from a state captured with <see cref="GetState"/>.</summary>
    /// <param name="state">Four state words.</param>
    /// <returns>The generator.</returns>
    public static Xoshiro256 FromState(ReadOnlySpan<ulong> state)
    {
        if (state.Length != 4)
        {
            throw new ArgumentException("A xoshiro256 state has exactly four words.", nameof(state));
        }

        return new Xoshiro256 { _s0 = state[0], _s1 = state[1], _s2 = state[2], _s3 = state[3] };
    }

    /// <summary>Copies the four state words (for checkpoints).</summary>
    /// <returns>The state.</returns>
    public readonly ulong[] GetState() => [_s0, _s1, _s2, _s3];

    /// <summary>Returns the next 64 random bits.</summary>
    /// <returns>A uniformly distributed 64-bit value.</returns>
    public ulong NextUInt64()
    {
        ulong result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>Returns a double uniformly distributed in [0, 1), with 53 random bits.</summary>
    /// <returns>The value.</returns>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Returns a double uniformly distributed in [<paramref name="low"/>, <paramref name="high"/>).</summary>
    /// <param name="low">Inclusive lower bound.</param>
    /// <param name="high">Exclusive upper bound.</param>
    /// <returns>The value.</returns>
    public double NextDouble(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>Returns an integer uniformly distributed in [0, <paramref name="count"/>), without modulo bias.</summary>
    /// <param name="count">The number of possible values; must be positive.</param>
    /// <returns>The value.</returns>
    public int NextInt(int count)
    {
        if (count <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "The range must hold at least one value.");
        }

        // Lemire's multiply-and-reject: unbiased and almost always a single draw.
        ulong range = (ulong)count;
        UInt128 product = (UInt128)NextUInt64() * range;
        ulong low = (ulong)product;
        if (low < range)
        {
            ulong threshold = (0UL - range) % range;
            while (low < threshold)
            {
                product = (UInt128)NextUInt64() * range;
                low = (ulong)product;
            }
        }

        return (int)(product >> 64);
    }

    /// <summary>Returns a standard normal deviate (Box-Muller; one of the pair is used, so each call costs two uniforms).</summary>
    /// <returns>A draw from N(0, 1).</returns>
    public double NextGaussian()
    {
        // 1 - u lies in (0, 1], so the logarithm is finite.
        double u1 = 1.0 - NextDouble();
        double u2 = NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }
}
