using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>NEAT's weight mutation: every connection is perturbed by a Gaussian or, less often, reset uniformly.</summary>
/// <remarks>As an operator (name <c>weights</c>, no weight by default) it reads its settings from the config's
/// <c>neat</c> section; WANN search scores shared weights, so it matters there only for own-weight evaluation.</remarks>
/// <param name="perturb">Chance a weight is perturbed rather than reset.</param>
/// <param name="sigma">Standard deviation of a perturbation.</param>
/// <param name="cap">Weights are kept within ±cap.</param>
public sealed class WeightMutation(double perturb, double sigma, double cap) : IMutationOperator
{
    /// <summary>The operator's name in the config's <c>mutation</c> map.</summary>
    public const string OperatorName = "weights";

    /// <inheritdoc/>
    public string Name => OperatorName;

    /// <inheritdoc/>
    public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context) =>
        parent.Connections.Length == 0 ? null : Apply(parent, ref rng, perturb, sigma, cap);

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
