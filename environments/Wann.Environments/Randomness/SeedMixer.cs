namespace Wann.Environments.Randomness;

/// <summary>
/// Derives independent seeds from tuples such as (run seed, generation, genome, episode).
/// </summary>
/// <remarks>
/// Every random decision in Wann is a pure function of such a tuple, so a result never depends on
/// which thread or machine computed it, or in which order. The mixing function is SplitMix64's
/// finaliser applied to each component in turn, which spreads a one-bit change in any component
/// over the whole output.
/// </remarks>
public static class SeedMixer
{
    private const ulong Golden = 0x9E3779B97F4A7C15UL;
    private const ulong Golden2 = 0x3C6EF372FE94F82AUL; // 2 * Golden, wrapped to 64 bits

    /// <summary>Advances a SplitMix64 state and returns the next output.</summary>
    /// <param name="state">The state, advanced in place.</param>
    /// <returns>64 well-mixed bits.</returns>
    public static ulong SplitMix64(ref ulong state)
    {
        state += Golden;
        return Finalise(state);
    }

    /// <summary>Mixes two components into one seed.</summary>
    /// <param name="a">First component.</param>
    /// <param name="b">Second component.</param>
    /// <returns>The derived seed.</returns>
    public static ulong Mix(ulong a, ulong b) => Finalise(Finalise(a + Golden) ^ (b + Golden2));

    /// <summary>Mixes three components into one seed.</summary>
    /// <param name="a">First component.</param>
    /// <param name="b">Second component.</param>
    /// <param name="c">Third component.</param>
    /// <returns>The derived seed.</returns>
    public static ulong Mix(ulong a, ulong b, ulong c) => Mix(Mix(a, b), c);

    /// <summary>Mixes four components into one seed.</summary>
    /// <param name="a">First component.</param>
    /// <param name="b">Second component.</param>
    /// <param name="c">Third component.</param>
    /// <param name="d">Fourth component.</param>
    /// <returns>The derived seed.</returns>
    public static ulong Mix(ulong a, ulong b, ulong c, ulong d) => Mix(Mix(Mix(a, b), c), d);

    private static ulong Finalise(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
