using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>Gives a uniformly chosen hidden node a different activation from the allowed list.</summary>
public sealed class ChangeActivationMutation : IMutationOperator
{
    /// <summary>The operator's name in the config's <c>mutation</c> map.</summary>
    public const string OperatorName = "changeActivation";

    /// <inheritdoc/>
    public string Name => OperatorName;

    /// <inheritdoc/>
    public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context) => TryApply(parent, ref rng, context.HiddenActivations);

    /// <summary>Tries the mutation.</summary>
    /// <param name="parent">The genome to mutate.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <param name="hiddenActivations">The allowed activations.</param>
    /// <returns>The child, or null when there is no hidden node or no other activation to choose.</returns>
    public static Genome? TryApply(Genome parent, ref Xoshiro256 rng, IReadOnlyList<ActivationFunction> hiddenActivations)
    {
        int hidden = parent.HiddenNodeCount;
        if (hidden == 0)
        {
            return null;
        }

        var nodes = parent.Nodes.ToArray();
        int index = nodes.Length - hidden + rng.NextInt(hidden); // hidden nodes have the highest ids
        ActivationFunction current = nodes[index].Activation;
        int others = 0;
        foreach (ActivationFunction f in hiddenActivations)
        {
            others += f != current ? 1 : 0;
        }

        if (others == 0)
        {
            return null;
        }

        int pick = rng.NextInt(others);
        foreach (ActivationFunction f in hiddenActivations)
        {
            if (f != current && pick-- == 0)
            {
                nodes[index] = nodes[index] with { Activation = f };
                break;
            }
        }

        return parent.With(nodes, parent.Connections);
    }
}
