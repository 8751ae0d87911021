using Wann.Core.Evaluation;

namespace Wann.Core.Ranking;

/// <summary>
/// NSGA-II's fronts with behavioural diversity as the order within each front (<c>nsga2-diversity-fronts</c>): the
/// fronts of <see cref="Nsga2Ranking"/>'s objective pair (mean with complexity at chance probMoo, else mean with max),
/// then, in place of the crowding distance, each front's genomes by descending <see cref="BehaviouralDiversity"/>.
/// </summary>
/// <remarks>
/// <see cref="Nsga2DiversityRanking"/> makes diversity a third objective, and with three objectives most of a
/// population is non-dominated, so the pressure on the mean weakens (its swing-up champions grow to three times the
/// paper configuration's connections). Here diversity only decides between genomes that the mean and the second
/// objective cannot order, so a front is as small as NSGA-II's and its spread is in behaviour, not in objective space.
/// Ties keep population order.
/// </remarks>
/// <param name="probMoo">Chance of ranking on (mean, complexity) in a generation.</param>
/// <param name="complexity">The complexity objective's form.</param>
/// <param name="settings">The diversity settings.</param>
public sealed class Nsga2DiversityFrontsRanking(double probMoo, ComplexityObjective complexity, DiversitySettings settings) : IRankingStrategy
{
    /// <summary>The strategy's name in the config.</summary>
    public const string StrategyName = "nsga2-diversity-fronts";

    /// <inheritdoc/>
    public string Name => StrategyName;

    /// <inheritdoc/>
    public RankedGeneration Rank(IReadOnlyList<GenomeFitness> fitness, ulong seed, int generation)
    {
        ArgumentNullException.ThrowIfNull(fitness);
        ArgumentNullException.ThrowIfNull(settings);
        bool onConnections = RankingObjectives.RanksOnConnections(probMoo, seed, generation);
        double[] diversity = BehaviouralDiversity.Of(fitness, settings.Neighbours);
        var objectives = new double[fitness.Count][];
        for (int i = 0; i < fitness.Count; i++)
        {
            objectives[i] = RankingObjectives.Pair(fitness[i], onConnections, complexity);
        }

        return new RankedGeneration(ParetoRanking.RankWithinFrontsBy(objectives, diversity), onConnections ? "connections+diversity-order" : "max+diversity-order");
    }
}
