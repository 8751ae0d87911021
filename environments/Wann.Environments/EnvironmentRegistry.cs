using Wann.Environments.CarRacing;
using Wann.Environments.PoleBalancing;
using Wann.Environments.SwingUp;

namespace Wann.Environments;

/// <summary>
/// The one list of environment names (Gymnasium's registry, reduced): a name gives a spec and a
/// factory for batches of lanes.
/// </summary>
public static class EnvironmentRegistry
{
    private static readonly Dictionary<string, (EnvironmentSpec Spec, Func<int, IVectorEnvironment> Create)> Entries =
        new(StringComparer.Ordinal)
        {
            [CartPoleSwingUp.Name] = (CartPoleSwingUp.CreateSpec(), lanes => new CartPoleSwingUp(lanes)),
            [CartPole.Name] = (CartPole.CreateSpec(), lanes => new CartPole(lanes)),
            [DoublePole.MarkovName] = (DoublePole.CreateSpec(true, 100_000), lanes => new DoublePole(lanes, velocities: true, stepLimit: 100_000)),
            [CarRacing.CarRacing.Name] = (CarRacing.CarRacing.CreateSpec(), lanes => new CarRacing.CarRacing(lanes)),
            [DoublePole.NonMarkovName] = (DoublePole.CreateSpec(false, 100_000), lanes => new DoublePole(lanes, velocities: false, stepLimit: 100_000)),
        };

    /// <summary>Gets the registered names, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. Entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Returns whether <paramref name="name"/> is registered.</summary>
    /// <param name="name">An environment name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => Entries.ContainsKey(name);

    /// <summary>Gets the spec of a registered environment.</summary>
    /// <param name="name">An environment name.</param>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec GetSpec(string name) => Find(name).Spec;

    /// <summary>Creates a batch of <paramref name="lanes"/> lanes of a registered environment.</summary>
    /// <param name="name">An environment name.</param>
    /// <param name="lanes">Number of lanes, at least one.</param>
    /// <returns>A new environment.</returns>
    public static IVectorEnvironment Create(string name, int lanes) => Find(name).Create(lanes);

    private static (EnvironmentSpec Spec, Func<int, IVectorEnvironment> Create) Find(string name) =>
        Entries.TryGetValue(name, out var entry)
            ? entry
            : throw new KeyNotFoundException($"Unknown environment '{name}'. Known: {string.Join(", ", Names)}.");
}
