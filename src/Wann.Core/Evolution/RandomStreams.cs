namespace Wann.Core.Evolution;

/// <summary>
/// Names of the independent random streams of a run. Each stream's seed is
/// <c>SeedMixer.Mix(run seed, generation, stream, index)</c>, so no stream depends on how much another consumed.
/// </summary>
public static class RandomStreams
{
    /// <summary>Initial population, index = genome.</summary>
    public const ulong InitialPopulation = 1;

    /// <summary>Choice of ranking objectives for a generation.</summary>
    public const ulong Ranking = 2;

    /// <summary>Breeding, index = child slot.</summary>
    public const ulong Reproduction = 3;

    /// <summary>Episode seeds for a generation's evaluation.</summary>
    public const ulong Episodes = 4;

    /// <summary>Episode seeds for champion validation (fixed for the whole run: common random numbers).</summary>
    public const ulong ChampionValidation = 5;

    /// <summary>A generation's shared weight values when they are sampled (<see cref="WeightSampling.Stratified"/>).</summary>
    public const ulong SharedWeights = 6;
}
