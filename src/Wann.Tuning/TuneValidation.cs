namespace Wann.Tuning;

/// <summary>
/// The guard at the end of a tune: the tuned weights and the start point (the shared weight w* on every connection) scored on
/// held-out validation episodes, a seed stream training never plays; the tune keeps its weights only when they score higher.
/// </summary>
/// <param name="Episodes">Validation episodes each side played.</param>
/// <param name="Tuned">Mean score of the tuned weights on them.</param>
/// <param name="Start">Mean score of the start point on them.</param>
/// <param name="KeptTuned">Whether the tuned weights were kept (<see cref="Tuned"/> &gt; <see cref="Start"/>); otherwise the
/// result is the start point.</param>
public sealed record TuneValidation(int Episodes, double Tuned, double Start, bool KeptTuned);
