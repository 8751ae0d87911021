using Wann.Core.Evaluation;

namespace Wann.Core.Ranking;

/// <summary>
/// NSGA-II with behavioural diversity as a third objective (<c>nsga2-diversity</c>, Mouret &amp; Doncieux 2012): the
/// objective pair of <see cref="Nsga2Ranking"/> (mean with complexity at chance probMoo, else mean with max, drawn from
/// the same stream) plus <see cref="BehaviouralDiversity"/>, so a genome that behaves unlike the rest survives on the
/// Pareto front even while its score is low.
/// </summary>
/// <param name="probMoo">Chance of ranking on (mean, complexity) in a generation.</param>
/// <param name="crowding">How crowding gaps are scaled.</param>
/// <param name="complexity">The complexity objective's form.</param>
/// <param name="settings">The diversity settings.</param>
public sealed class Nsga2DiversityRanking(double probMoo, CrowdingNormalization crowding, ComplexityObjective complexity, DiversitySettings settings) : IRankingStrategy
{
    /// <summary>The strategy's name in the config.</summary>
    public const string StrategyName = "nsga2-diversity";

    /// <inheritdoc/>
    public string Name => StrategyName;

    /// <inheritdoc/>
    public RankedGeneration Rank(IReadOnlyList<GenomeFitness> fitness, ulong seed, int generation)
    {
        ArgumentNullException.ThrowIfNull(fitness);
        bool onConnections = RankingObjectives.RanksOnConnections(probMoo, seed, generation);
        double[] diversity = BehaviouralDiversity.Of(fitness, settings.Neighbours);
        var objectives = new double[fitness.Count][];
        for (int i = 0; i < fitness.Count; i++)
        {
            objectives[i] = [.. RankingObjectives.Pair(fitness[i], onConnections, complexity), diversity[i]];
        }

        return new RankedGeneration(ParetoRanking.Rank(objectives, crowding), onConnections ? "connections+diversity" : "max+diversity");
    }
}
