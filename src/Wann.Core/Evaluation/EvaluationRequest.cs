using Wann.Core.Genomes;

namespace Wann.Core.Evaluation;

/// <summary>
/// A batch of genomes and everything needed to score them, as plain data: any backend (local
/// threads, a cluster) computes the same fitness from it.
/// </summary>
/// <param name="TaskName">The task registry name.</param>
/// <param name="Genomes">The genomes to evaluate.</param>
/// <param name="Weights">The shared weight values (ignored in <see cref="WeightMode.Own"/>).</param>
/// <param name="Reps">Episodes per weight value.</param>
/// <param name="EpisodeSeedBase">Root of the episode seeds: repetition r uses <see cref="EpisodeSeeds.ForRep"/>(base, r), for
/// every genome and weight value alike (common random numbers within a generation).</param>
/// <param name="Mode">Shared or own weights.</param>
public sealed record EvaluationRequest(
    string TaskName,
    IReadOnlyList<Genome> Genomes,
    IReadOnlyList<double> Weights,
    int Reps,
    ulong EpisodeSeedBase,
    WeightMode Mode = WeightMode.Shared);
