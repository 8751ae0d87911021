using Wann.Core.Persistence;

namespace Wann.Tuning;

/// <summary>What a tune produced.</summary>
/// <param name="Document">The genome with its tuned individual weights (same task and topology as the input).</param>
/// <param name="StartWeight">The shared weight the offsets started from.</param>
/// <param name="History">Every generation so far (a resumed tune's included).</param>
/// <param name="Completed">Whether all generations ran (false when cancelled; the checkpoint holds the rest).</param>
/// <param name="Validation">The held-out comparison of tuned weights and start point that chose <paramref name="Document"/>'s
/// weights; <see langword="null"/> when the tune did not complete or the settings ask for no validation.</param>
public sealed record TuneResult(GenomeDocument Document, double StartWeight, IReadOnlyList<TuneGeneration> History, bool Completed, TuneValidation? Validation = null);
