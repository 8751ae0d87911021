using Wann.Core.Genomes;

namespace Wann.Core.Speciation;

/// <summary>
/// Compatibility of two WANN genomes on their genes alone: δ = (c1·E + c2·D + c3·A) / N, with E excess and D disjoint
/// enabled connection genes (by innovation number), A the nodes both genomes have (same id) with different activations,
/// and N the larger enabled-gene count (1 below 20 genes, as in the NEAT paper).
/// </summary>
/// <remarks>Only enabled connections count: in WANN mode every genome carries the same initial input-to-output genes and
/// a disabled gene takes no part in the network, so counting it would put the whole first generation in one species.
/// Weights do not exist in WANN mode (one shared value), so NEAT's weight term has no counterpart.</remarks>
public static class TopologyDistance
{
    /// <summary>Computes δ between two genomes.</summary>
    /// <param name="a">One genome.</param>
    /// <param name="b">The other.</param>
    /// <param name="settings">The coefficients.</param>
    /// <returns>The distance (0 for genomes with the same enabled genes and activations).</returns>
    public static double Between(Genome a, Genome b, TopologySpeciationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        ArgumentNullException.ThrowIfNull(settings);
        var ga = a.Connections;
        var gb = b.Connections;
        long lastA = LastEnabled(ga);
        long lastB = LastEnabled(gb);
        long matchEnd = Math.Min(lastA, lastB);
        int excess = 0;
        int disjoint = 0;
        int i = 0;
        int j = 0;
        while (i < ga.Length || j < gb.Length)
        {
            // Skip disabled genes: they are not part of either network.
            if (i < ga.Length && !ga[i].Enabled)
            {
                i++;
                continue;
            }

            if (j < gb.Length && !gb[j].Enabled)
            {
                j++;
                continue;
            }

            long ia = i < ga.Length ? ga[i].Innovation : long.MaxValue;
            long ib = j < gb.Length ? gb[j].Innovation : long.MaxValue;
            if (ia == ib)
            {
                i++;
                j++;
                continue;
            }

            long unmatched = Math.Min(ia, ib);
            if (unmatched > matchEnd)
            {
                excess++;
            }
            else
            {
                disjoint++;
            }

            if (ia < ib)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        int activations = DifferingActivations(a, b);
        int longest = Math.Max(a.EnabledConnectionCount, b.EnabledConnectionCount);
        double n = longest < 20 ? 1.0 : longest;
        return ((settings.ExcessCoefficient * excess) + (settings.DisjointCoefficient * disjoint) + (settings.ActivationCoefficient * activations)) / n;
    }

    private static long LastEnabled(System.Collections.Immutable.ImmutableArray<ConnectionGene> genes)
    {
        for (int i = genes.Length - 1; i >= 0; i--)
        {
            if (genes[i].Enabled)
            {
                return genes[i].Innovation;
            }
        }

        return -1;
    }

    private static int DifferingActivations(Genome a, Genome b)
    {
        // Both node lists are sorted by id: one merge finds the shared hidden nodes.
        var na = a.Nodes;
        var nb = b.Nodes;
        int i = 0;
        int j = 0;
        int differing = 0;
        while (i < na.Length && j < nb.Length)
        {
            if (na[i].Id == nb[j].Id)
            {
                differing += na[i].Kind == NodeKind.Hidden && na[i].Activation != nb[j].Activation ? 1 : 0;
                i++;
                j++;
            }
            else if (na[i].Id < nb[j].Id)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return differing;
    }
}
