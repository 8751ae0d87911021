using Wann.Core.Genomes;

namespace Wann.Core.Speciation;

/// <summary>
/// NEAT's compatibility distance δ = c1·E/N + c2·D/N + c3·W̄: E excess and D disjoint genes (by innovation
/// number), W̄ the mean absolute weight difference of matching genes, N the larger genome's gene count
/// (1 below 20 genes, as in the NEAT paper).
/// </summary>
public static class CompatibilityDistance
{
    /// <summary>Computes δ between two genomes.</summary>
    /// <param name="a">One genome.</param>
    /// <param name="b">The other.</param>
    /// <param name="excess">c1.</param>
    /// <param name="disjoint">c2.</param>
    /// <param name="weight">c3.</param>
    /// <returns>The distance.</returns>
    public static double Between(Genome a, Genome b, double excess, double disjoint, double weight)
    {
        var ga = a.Connections;
        var gb = b.Connections;
        int i = 0;
        int j = 0;
        int matching = 0;
        int disjointGenes = 0;
        double weightDifference = 0.0;
        while (i < ga.Length && j < gb.Length)
        {
            long ia = ga[i].Innovation;
            long ib = gb[j].Innovation;
            if (ia == ib)
            {
                weightDifference += Math.Abs(ga[i].Weight - gb[j].Weight);
                matching++;
                i++;
                j++;
            }
            else if (ia < ib)
            {
                disjointGenes++;
                i++;
            }
            else
            {
                disjointGenes++;
                j++;
            }
        }

        int excessGenes = (ga.Length - i) + (gb.Length - j);
        int longest = Math.Max(ga.Length, gb.Length);
        double n = longest < 20 ? 1.0 : longest;
        return (excess * excessGenes / n) + (disjoint * disjointGenes / n) + (weight * (matching > 0 ? weightDifference / matching : 0.0));
    }
}
