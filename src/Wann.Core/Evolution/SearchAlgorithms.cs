using Wann.Core.Plugins;

namespace Wann.Core.Evolution;

/// <summary>
/// The registry of search algorithms, keyed by the config's <c>mode</c>. WANN and NEAT are registered here;
/// a plug-in registers its own with <see cref="Register(string, string, Func{SearchProblem, ISearchAlgorithm})"/> before configs are loaded.
/// </summary>
public static class SearchAlgorithms
{
    private static readonly NamedRegistry<SearchAlgorithmEntry> Entries = new(
        "search algorithm",
        [
            (SearchMode.Wann, "weight agnostic search", new SearchAlgorithmEntry(p => new WannAlgorithm(p), false)),
            (SearchMode.Neat, "classic NEAT with evolved weights", new SearchAlgorithmEntry(p => new NeatAlgorithm(p), false)),
            (SpeciatedWannAlgorithm.ModeName, "weight agnostic search with speciation by topology (settings: speciation)", new SearchAlgorithmEntry(p => new SpeciatedWannAlgorithm(p), false)),
            (IpopWannAlgorithm.ModeName, "weight agnostic search restarted with a larger population when the champion stalls (settings: restarts)", new SearchAlgorithmEntry(p => new IpopWannAlgorithm(p), true)),
        ]);

    /// <summary>Gets the registered names with their one-line descriptions, in registration order.</summary>
    public static IReadOnlyList<(string Name, string Description)> All => Entries.All;

    /// <summary>Registers an algorithm.</summary>
    /// <param name="name">Its <c>mode</c> name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the algorithm for a run.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<SearchProblem, ISearchAlgorithm> factory) =>
        Register(name, description, factory, populationVaries: false);

    /// <summary>Registers an algorithm whose population size may change during a run (e.g. restarts that grow it).</summary>
    /// <param name="name">Its <c>mode</c> name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the algorithm for a run.</param>
    /// <param name="populationVaries">Whether the population's size may differ from the config's <c>population</c>; when
    /// false, a checkpoint with another size is refused.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<SearchProblem, ISearchAlgorithm> factory, bool populationVaries)
    {
        ArgumentNullException.ThrowIfNull(factory);
        Entries.Register(name, description, new SearchAlgorithmEntry(factory, populationVaries));
    }

    /// <summary>Whether a registered mode keeps the config's population size throughout a run (unknown modes: true).</summary>
    internal static bool KeepsPopulationSize(string name) => !Entries.Contains(name) || !Entries.Get(name, nameof(name)).PopulationVaries;

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
        return Entries.Get(problem.Config.Mode, nameof(problem)).Factory(problem);
    }
}
