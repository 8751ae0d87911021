using Wann.Core.Evaluation;

namespace Wann.Core.Ranking;

/// <summary>
/// Orders an evaluated generation best first, for selection. Chosen by the config's <c>ranking</c>
/// (<see cref="RankingStrategies"/>); adding one is a new class plus a registration.
/// </summary>
public interface IRankingStrategy
{
    /// <summary>Gets the strategy's name (the config's <c>ranking</c>).</summary>
    string Name { get; }

    /// <summary>Ranks a generation.</summary>
    /// <param name="fitness">The generation's fitness, in population order.</param>
    /// <param name="seed">The run seed; a strategy that draws derives its stream from (seed, generation, <c>RandomStreams.Ranking</c>).</param>
    /// <param name="generation">The generation being ranked.</param>
    /// <returns>The order and what it was ranked by.</returns>
    RankedGeneration Rank(IReadOnlyList<GenomeFitness> fitness, ulong seed, int generation);
}
