using Wann.Core.Evolution;

namespace Wann.Core.Reproduction;

/// <summary>
/// The mutations of classic NEAT as operators from the registry (<see cref="MutationOperators"/>), each applied to a
/// child independently with its own chance, in order: weights, then a node, then a connection (NEAT's protocol; the
/// WANN breeder instead draws one operator from the <c>mutation</c> weights). The chances are the <c>neat</c> fields, and <c>neat.mutations</c> adds operators (a plug-in's) with their own.
/// </summary>
public static class NeatMutations
{
    /// <summary>Gets NEAT's own operators, whose chances are the <c>neat</c> fields weightMutation, addNode and addConnection.</summary>
    public static IReadOnlyList<string> OwnOperators { get; } = [WeightMutation.OperatorName, AddNodeMutation.OperatorName, AddConnectionMutation.OperatorName];

    /// <summary>Gets the operator names and chances a NEAT run uses, in the order they are tried: NEAT's own three, then
    /// the further operators of <c>neat.mutations</c>.</summary>
    /// <param name="settings">The NEAT settings.</param>
    /// <returns>Name and chance per operator.</returns>
    public static IReadOnlyList<(string Name, double Chance)> Chances(NeatSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        return
        [
            (WeightMutation.OperatorName, settings.WeightMutation),
            (AddNodeMutation.OperatorName, settings.AddNode),
            (AddConnectionMutation.OperatorName, settings.AddConnection),
            .. settings.Mutations.Entries,
        ];
    }

    /// <summary>Creates the operators of a NEAT run from the registry.</summary>
    /// <param name="config">The run's config (operators read their settings from it).</param>
    /// <returns>Operator and chance, in the order they are tried.</returns>
    public static IReadOnlyList<(IMutationOperator Operator, double Chance)> Create(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return [.. Chances(config.Neat).Select(e => (MutationOperators.Create(e.Name, config), e.Chance))];
    }
}
