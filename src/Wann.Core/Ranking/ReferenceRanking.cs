using Wann.Core.Evaluation;

namespace Wann.Core.Ranking;

/// <summary>
/// The WANN reference's ranking (<c>reference</c>): the same objective choice as <see cref="Nsga2Ranking"/>,
/// with the reference's 1/connections objective and its crowding normalisation quirk, whatever the config's
/// <c>complexity</c> and <c>crowding</c> say. For reproducing the reference's behaviour.
/// </summary>
/// <param name="probMoo">Chance of ranking on (mean, complexity) in a generation.</param>
public sealed class ReferenceRanking(double probMoo) : IRankingStrategy
{
    /// <summary>The strategy's name in the config.</summary>
    public const string StrategyName = "reference";

    private readonly Nsga2Ranking _inner = new(probMoo, CrowdingNormalization.Reference, ComplexityObjective.InverseConnections);

    /// <inheritdoc/>
    public string Name => StrategyName;

    /// <inheritdoc/>
    public RankedGeneration Rank(IReadOnlyList<GenomeFitness> fitness, ulong seed, int generation) => _inner.Rank(fitness, seed, generation);
}
