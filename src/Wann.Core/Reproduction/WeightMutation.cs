using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>NEAT's weight mutation: every connection is perturbed by a Gaussian or, less often, reset uniformly.</summary>
public static class WeightMutation
{
    /// <summary>Mutates every connection weight.</summary>
    /// <param name="parent">The genome.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <param name="perturb">Chance a weight is perturbed rather than reset.</param>
    /// <param name="sigma">Standard deviation of a perturbation.</param>
    /// <param name="cap">Weights are kept within ±cap; resets draw from U(−cap, cap).</param>
    /// <returns>The child.</returns>
    public static Genome Apply(Genome parent, ref Xoshiro256 rng, double perturb, double sigma, double cap)
    {
        var genes = parent.Connections.ToArray();
        for (int i = 0; i < genes.Length; i++)
        {
            double w = rng.NextDouble() < perturb
                ? genes[i].Weight + (sigma * rng.NextGaussian())
                : rng.NextDouble(-cap, cap);
            genes[i] = genes[i] with { Weight = Math.Clamp(w, -cap, cap) };
        }

        return parent.WithConnections(genes);
    }
}
