using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// Splits a random enabled connection s→t with a new hidden node n: s→t is disabled, s→n gets weight 1
/// and n→t the old weight, and n gets a random activation from the allowed list.
/// </summary>
public sealed class AddNodeMutation : IMutationOperator
{
    /// <summary>The operator's name in the config's <c>mutation</c> map.</summary>
    public const string OperatorName = "addNode";

    /// <inheritdoc/>
    public string Name => OperatorName;

    /// <inheritdoc/>
    public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context) => TryApply(parent, ref rng, context.Innovations, context.HiddenActivations);

    /// <summary>Tries the mutation.</summary>
    /// <param name="parent">The genome to mutate.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <param name="innovations">The run's innovation tracker (the same split this generation gets the same node id).</param>
    /// <param name="hiddenActivations">Activations a new hidden node may get.</param>
    /// <returns>The child, or null when there is no enabled connection.</returns>
    public static Genome? TryApply(Genome parent, ref Xoshiro256 rng, InnovationTracker innovations, IReadOnlyList<ActivationFunction> hiddenActivations)
    {
        var connections = parent.Connections;
        int enabledCount = parent.EnabledConnectionCount;
        if (enabledCount == 0)
        {
            return null;
        }

        int pick = rng.NextInt(enabledCount);
        int index = -1;
        for (int i = 0; i < connections.Length; i++)
        {
            if (connections[i].Enabled && pick-- == 0)
            {
                index = i;
                break;
            }
        }

        ConnectionGene split = connections[index];
        int nodeId = innovations.SplitNodeId(split.Innovation);
        ActivationFunction activation = hiddenActivations[rng.NextInt(hiddenActivations.Count)];
        var inbound = new ConnectionGene(innovations.ConnectionInnovation(split.Source, nodeId), split.Source, nodeId, 1.0, true);
        var outbound = new ConnectionGene(innovations.ConnectionInnovation(nodeId, split.Target), nodeId, split.Target, split.Weight, true);

        var newConnections = new ConnectionGene[connections.Length + 2];
        connections.CopyTo(newConnections);
        newConnections[index] = split with { Enabled = false };
        newConnections[^2] = inbound;
        newConnections[^1] = outbound;
        return parent.With([.. parent.Nodes, new NodeGene(nodeId, NodeKind.Hidden, activation)], newConnections);
    }
}
