using Wann.Core.Plugins;

namespace Wann.Tuning;

/// <summary>
/// The registry of weight optimisers, keyed by <c>wann tune --optimizer</c> and a study's <c>"tune"</c>. The built-in
/// ones are registered here; a plug-in registers its own with <see cref="Register"/>.
/// </summary>
public static class WeightOptimizers
{
    /// <summary>The default optimiser's name.</summary>
    public const string Default = CmaEs.Name;

    private static readonly NamedRegistry<Func<OptimizerSettings, IWeightOptimizer>> Entries = new(
        "weight optimiser",
        [
            (CmaEs.Name, "CMA-ES (Hansen's tutorial): full covariance, rank-one and rank-mu updates, step-size control", s => new CmaEs(s)),
            (Pepg.Name, "PEPG (estool): symmetric sampling, per-weight sigma, Adam on the mean", s => new Pepg(s)),
        ]);

    /// <summary>Gets the registered names with their descriptions, in registration order.</summary>
    public static IReadOnlyList<(string Name, string Description)> All => Entries.All;

    /// <summary>Registers an optimiser.</summary>
    /// <param name="name">Its name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the optimiser.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<OptimizerSettings, IWeightOptimizer> factory) =>
        Entries.Register(name, description, factory);

    /// <summary>Returns whether an optimiser of this name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => Entries.Contains(name);

    /// <summary>Builds the named optimiser.</summary>
    /// <param name="name">The name.</param>
    /// <param name="settings">Its settings.</param>
    /// <returns>The optimiser.</returns>
    /// <exception cref="ArgumentException">The name is unknown, or the settings do not suit the optimiser.</exception>
    public static IWeightOptimizer Create(string name, OptimizerSettings settings) => Entries.Get(name, nameof(name))(settings);
}
