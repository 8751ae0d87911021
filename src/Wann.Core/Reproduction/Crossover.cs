using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// NEAT crossover: genes are aligned by innovation number; matching genes are inherited from either
/// parent at random, disjoint and excess genes from the fitter parent only, and a gene disabled in either
/// parent stays disabled with probability 0.75.
/// </summary>
public static class Crossover
{
    /// <summary>Chance that a gene disabled in either parent is disabled in the child.</summary>
    public const double KeepDisabled = 0.75;

    /// <summary>Crosses two parents.</summary>
    /// <param name="fitter">The fitter parent (its structure is kept).</param>
    /// <param name="other">The other parent.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <returns>The child.</returns>
    public static Genome Cross(Genome fitter, Genome other, ref Xoshiro256 rng)
    {
        var genes = new ConnectionGene[fitter.Connections.Length];
        var b = other.Connections;
        int j = 0;
        for (int i = 0; i < genes.Length; i++)
        {
            ConnectionGene gene = fitter.Connections[i];
            while (j < b.Length && b[j].Innovation < gene.Innovation)
            {
                j++;
            }

            if (j < b.Length && b[j].Innovation == gene.Innovation)
            {
                ConnectionGene match = b[j];
                double weight = rng.NextDouble() < 0.5 ? gene.Weight : match.Weight;
                bool enabled = gene.Enabled && match.Enabled || !(rng.NextDouble() < KeepDisabled);
                gene = gene with { Weight = weight, Enabled = enabled };
            }

            genes[i] = gene;
        }

        // Re-enabling a gene the fitter parent had disabled could close a cycle in a feed-forward genome.
        Genome child = fitter.WithConnectionsIfValid(genes);
        return child;
    }
}
