using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>Re-enables a uniformly chosen disabled connection (the reference's 5% operator).</summary>
public sealed class EnableConnectionMutation : IMutationOperator
{
    /// <summary>The operator's name in the config's <c>mutation</c> map.</summary>
    public const string OperatorName = "enableConnection";

    /// <inheritdoc/>
    public string Name => OperatorName;

    /// <inheritdoc/>
    public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context) => TryApply(parent, ref rng);

    /// <summary>Tries the mutation.</summary>
    /// <param name="parent">The genome to mutate.</param>
    /// <param name="rng">The child's random stream.</param>
    /// <returns>The child, or null when every connection is enabled.</returns>
    public static Genome? TryApply(Genome parent, ref Xoshiro256 rng)
    {
        var connections = parent.Connections;
        int disabled = connections.Length - parent.EnabledConnectionCount;
        if (disabled == 0)
        {
            return null;
        }

        int pick = rng.NextInt(disabled);
        var newConnections = connections.ToArray();
        for (int i = 0; i < newConnections.Length; i++)
        {
            if (!newConnections[i].Enabled && pick-- == 0)
            {
                newConnections[i] = newConnections[i] with { Enabled = true };
                break;
            }
        }

        return parent.WithConnections(newConnections);
    }
}
