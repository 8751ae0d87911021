using Wann.Core.Evaluation;

namespace Wann.Core.Ranking;

/// <summary>Single-objective ranking (<c>mean</c>): mean fitness, best first, ties in population order; no pressure toward small networks.</summary>
public sealed class MeanRanking : IRankingStrategy
{
    /// <summary>The strategy's name in the config.</summary>
    public const string StrategyName = "mean";

    /// <inheritdoc/>
    public string Name => StrategyName;

    /// <inheritdoc/>
    public RankedGeneration Rank(IReadOnlyList<GenomeFitness> fitness, ulong seed, int generation)
    {
        var order = new int[fitness.Count];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        // NaN sorts last; equal means keep index order (Array.Sort is not stable, so the index breaks ties).
        Array.Sort(order, (a, b) =>
        {
            double x = double.IsNaN(fitness[a].Mean) ? double.NegativeInfinity : fitness[a].Mean;
            double y = double.IsNaN(fitness[b].Mean) ? double.NegativeInfinity : fitness[b].Mean;
            int c = y.CompareTo(x);
            return c != 0 ? c : a.CompareTo(b);
        });
        return new RankedGeneration(order, StrategyName);
    }
}
