using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// Applies exactly one topological mutation to a child, chosen by roulette over
/// <see cref="MutationProbabilities"/>, as the WANN reference's <c>topoMutate</c> does.
/// </summary>
/// <param name="probabilities">The relative chances of the four operators.</param>
/// <param name="hiddenActivations">Activations hidden nodes may have.</param>
public sealed class TopologyMutator(MutationProbabilities probabilities, IReadOnlyList<ActivationFunction> hiddenActivations)
{
    /// <summary>Gets the operators' relative chances.</summary>
    public MutationProbabilities Probabilities { get; } = probabilities;

    /// <summary>Gets the activations hidden nodes may have.</summary>
    public IReadOnlyList<ActivationFunction> HiddenActivations { get; } = hiddenActivations;

    /// <summary>Draws an operator and applies it.</summary>
    /// <param name="parent">The parent.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <param name="innovations">The run's innovation tracker.</param>
    /// <param name="kind">The operator drawn.</param>
    /// <returns>The child; the parent itself when the drawn operator had nothing to act on (as in the reference).</returns>
    public Genome Mutate(Genome parent, ref Xoshiro256 rng, InnovationTracker innovations, out MutationKind kind)
    {
        kind = Draw(ref rng);
        Genome? child = kind switch
        {
            MutationKind.AddConnection => AddConnectionMutation.TryApply(parent, ref rng, innovations),
            MutationKind.AddNode => AddNodeMutation.TryApply(parent, ref rng, innovations, HiddenActivations),
            MutationKind.EnableConnection => EnableConnectionMutation.TryApply(parent, ref rng),
            _ => ChangeActivationMutation.TryApply(parent, ref rng, HiddenActivations),
        };
        return child ?? parent;
    }

    private MutationKind Draw(ref Xoshiro256 rng)
    {
        MutationProbabilities p = Probabilities;
        double u = rng.NextDouble() * p.Total;
        if ((u -= p.AddConnection) < 0)
        {
            return MutationKind.AddConnection;
        }

        if ((u -= p.AddNode) < 0)
        {
            return MutationKind.AddNode;
        }

        return u - p.EnableConnection < 0 ? MutationKind.EnableConnection : MutationKind.ChangeActivation;
    }
}
