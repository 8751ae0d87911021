using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// One way of changing a genome. An operator is drawn per child by roulette over the config's
/// <c>mutation</c> weights; adding one is a new class plus <see cref="MutationOperators.Register"/>.
/// </summary>
public interface IMutationOperator
{
    /// <summary>Gets the operator's name: its key in the config's <c>mutation</c> map.</summary>
    string Name { get; }

    /// <summary>Tries the mutation.</summary>
    /// <param name="parent">The genome to mutate (never changed).</param>
    /// <param name="rng">The child's random stream; draw from nothing else, so runs stay a function of the seed.</param>
    /// <param name="context">The run's innovation tracker and allowed activations.</param>
    /// <returns>The child, or null when the genome offers nothing to act on (the parent is then kept, as in the reference).</returns>
    Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context);
}
