using Wann.Core.Evolution;

namespace Wann.Core.Reproduction;

/// <summary>
/// The registry of mutation operators: name → factory. The built-in operators are registered here; a
/// plug-in or a test registers its own with <see cref="Register"/> before the config is loaded.
/// </summary>
public static class MutationOperators
{
    private static readonly Lock Gate = new();
    private static readonly Dictionary<string, Func<ExperimentConfig, IMutationOperator>> Factories = new(StringComparer.Ordinal)
    {
        [AddConnectionMutation.OperatorName] = _ => new AddConnectionMutation(),
        [AddNodeMutation.OperatorName] = _ => new AddNodeMutation(),
        [EnableConnectionMutation.OperatorName] = _ => new EnableConnectionMutation(),
        [ChangeActivationMutation.OperatorName] = _ => new ChangeActivationMutation(),
        [WeightMutation.OperatorName] = c => new WeightMutation(c.Neat.WeightPerturb, c.Neat.WeightSigma, c.Neat.WeightCap),
    };

    /// <summary>Gets the registered names, sorted.</summary>
    public static IReadOnlyList<string> Names
    {
        get
        {
            lock (Gate)
            {
                return [.. Factories.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Registers an operator.</summary>
    /// <param name="name">Its key in the config's <c>mutation</c> map.</param>
    /// <param name="factory">Builds the operator for a run (it may read its settings from the config).</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, Func<ExperimentConfig, IMutationOperator> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (Gate)
        {
            if (!Factories.TryAdd(name, factory))
            {
                throw new ArgumentException($"A mutation operator named '{name}' is already registered; choose another name.", nameof(name));
            }
        }
    }

    /// <summary>Returns whether an operator of this name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name)
    {
        lock (Gate)
        {
            return Factories.ContainsKey(name);
        }
    }

    /// <summary>Builds the named operator for a run.</summary>
    /// <param name="name">The name.</param>
    /// <param name="config">The run's config.</param>
    /// <returns>The operator.</returns>
    /// <exception cref="ArgumentException">No operator has this name.</exception>
    public static IMutationOperator Create(string name, ExperimentConfig config)
    {
        Func<ExperimentConfig, IMutationOperator>? factory;
        lock (Gate)
        {
            Factories.TryGetValue(name, out factory);
        }

        return factory is null
            ? throw new ArgumentException($"Unknown mutation operator '{name}'; known: {string.Join(", ", Names)}.", nameof(name))
            : factory(config);
    }
}
