using Wann.Core.Evaluation;

namespace Wann.Core.Ranking;

/// <summary>
/// The default ranking (<c>nsga2</c>): NSGA-II on (mean, complexity) with probability <c>probMoo</c>,
/// otherwise on (mean, max), as the WANN paper does; the complexity form and crowding normalisation come
/// from the config's <c>complexity</c> and <c>crowding</c>.
/// </summary>
/// <param name="probMoo">Chance of ranking on (mean, complexity) in a generation.</param>
/// <param name="crowding">How crowding gaps are scaled.</param>
/// <param name="complexity">The complexity objective's form.</param>
public sealed class Nsga2Ranking(double probMoo, CrowdingNormalization crowding, ComplexityObjective complexity) : IRankingStrategy
{
    /// <summary>The strategy's name in the config.</summary>
    public const string StrategyName = "nsga2";

    /// <inheritdoc/>
    public string Name => StrategyName;

    /// <inheritdoc/>
    public RankedGeneration Rank(IReadOnlyList<GenomeFitness> fitness, ulong seed, int generation)
    {
        bool onConnections = RankingObjectives.RanksOnConnections(probMoo, seed, generation);
        var objectives = new double[fitness.Count][];
        for (int i = 0; i < fitness.Count; i++)
        {
            objectives[i] = RankingObjectives.Pair(fitness[i], onConnections, complexity);
        }

        return new RankedGeneration(ParetoRanking.Rank(objectives, crowding), onConnections ? "connections" : "max");
    }
}
