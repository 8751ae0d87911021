using Wann.Core.Evolution;
using Wann.Core.Plugins;

namespace Wann.Core.Reproduction;

/// <summary>
/// The registry of mutation operators: name → factory. The built-in operators are registered here; a
/// plug-in or a test registers its own with <see cref="Register"/> before the config is loaded.
/// </summary>
public static class MutationOperators
{
    private static readonly NamedRegistry<Func<ExperimentConfig, IMutationOperator>> Factories = new(
        "mutation operator",
        [
            (AddConnectionMutation.OperatorName, "adds a connection", _ => new AddConnectionMutation()),
            (AddNodeMutation.OperatorName, "splits a connection with a node", _ => new AddNodeMutation()),
            (EnableConnectionMutation.OperatorName, "re-enables a disabled connection", _ => new EnableConnectionMutation()),
            (ChangeActivationMutation.OperatorName, "changes a hidden node's activation", _ => new ChangeActivationMutation()),
            (WeightMutation.OperatorName, "NEAT's weight perturbation", c => new WeightMutation(c.Neat.WeightPerturb, c.Neat.WeightSigma, c.Neat.WeightCap)),
        ]);

    /// <summary>Gets the registered names, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. Factories.All.Select(e => e.Name).Order(StringComparer.Ordinal)];

    /// <summary>Registers an operator.</summary>
    /// <param name="name">Its key in the config's <c>mutation</c> map.</param>
    /// <param name="factory">Builds the operator for a run (it may read its settings from the config).</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, Func<ExperimentConfig, IMutationOperator> factory) =>
        Factories.Register(name, name, factory);

    /// <summary>Returns whether an operator of this name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => Factories.Contains(name);

    /// <summary>Builds the named operator for a run.</summary>
    /// <param name="name">The name.</param>
    /// <param name="config">The run's config.</param>
    /// <returns>The operator.</returns>
    /// <exception cref="ArgumentException">No operator has this name.</exception>
    public static IMutationOperator Create(string name, ExperimentConfig config) => Factories.Get(name, nameof(name))(config);
}
