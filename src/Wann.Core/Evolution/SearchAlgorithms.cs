using Wann.Core.Plugins;

namespace Wann.Core.Evolution;

/// <summary>
/// The registry of search algorithms, keyed by the config's <c>mode</c>. WANN and NEAT are registered here;
/// a plug-in registers its own with <see cref="Register"/> before configs are loaded.
/// </summary>
public static class SearchAlgorithms
{
    private static readonly NamedRegistry<Func<SearchProblem, ISearchAlgorithm>> Entries = new(
        "search algorithm",
        [
            (SearchMode.Wann, "weight agnostic search", p => new WannAlgorithm(p)),
            (SearchMode.Neat, "classic NEAT with evolved weights", p => new NeatAlgorithm(p)),
            (SpeciatedWannAlgorithm.ModeName, "weight agnostic search with speciation by topology (settings: speciation)", p => new SpeciatedWannAlgorithm(p)),
            (IpopWannAlgorithm.ModeName, "weight agnostic search restarted with a larger population when the champion stalls (settings: restarts)", p => new IpopWannAlgorithm(p)),
        ]);

    /// <summary>Gets the registered names with their one-line descriptions, in registration order.</summary>
    public static IReadOnlyList<(string Name, string Description)> All => Entries.All;

    /// <summary>Registers an algorithm.</summary>
    /// <param name="name">Its <c>mode</c> name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the algorithm for a run.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<SearchProblem, ISearchAlgorithm> factory) =>
        Entries.Register(name, description, factory);

    /// <summary>Returns whether a mode name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => Entries.Contains(name);

    /// <summary>Builds the algorithm the problem's config names.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The algorithm.</returns>
    /// <exception cref="ArgumentException">The mode is unknown.</exception>
    public static ISearchAlgorithm Create(SearchProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        return Entries.Get(problem.Config.Mode, nameof(problem))(problem);
    }
}
