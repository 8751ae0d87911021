namespace Wann.Tuning;

/// <summary>The SeedMixer stream numbers of tuning, one per use, so no two uses share random numbers.</summary>
internal static class NoiseStreams
{
    /// <summary>Candidate noise: Mix(seed, Candidates, generation, candidate).</summary>
    public const ulong Candidates = 1;

    /// <summary>Training episodes: Mix(seed, Episodes, generation, episode).</summary>
    public const ulong Episodes = 2;

    /// <summary>Episodes of the start-weight sweep: Mix(seed, StartSweep, episode).</summary>
    public const ulong StartSweep = 3;

    /// <summary>Held-out validation episodes that decide between tuned weights and start point: Mix(seed, Validation, episode).</summary>
    public const ulong Validation = 4;

    /// <summary>Fixed selection episodes on which the mean and the best candidates of every generation compete for the
    /// tune's result: Mix(seed, Selection, episode).</summary>
    public const ulong Selection = 5;

    /// <summary>The root seeds of restarts after the first: Mix(seed, Restarts, restart).</summary>
    public const ulong Restarts = 6;
}
