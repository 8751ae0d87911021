using Wann.Environments.Randomness;

namespace Wann.Core.Evaluation;

/// <summary>Derives episode seeds, so every backend draws the same episodes for the same request.</summary>
internal static class EpisodeSeeds
{
    /// <summary>The seed of repetition <paramref name="rep"/>.</summary>
    /// <param name="seedBase">The request's episode seed base.</param>
    /// <param name="rep">Repetition index.</param>
    /// <returns>The seed shared by every weight value and genome for that repetition.</returns>
    public static ulong ForRep(ulong seedBase, int rep) => SeedMixer.Mix(seedBase, (ulong)rep);
}
