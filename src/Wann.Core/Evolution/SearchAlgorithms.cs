namespace Wann.Core.Evolution;

/// <summary>
/// The registry of search algorithms, keyed by the config's <c>mode</c>. WANN and NEAT are registered here;
/// a plug-in registers its own with <see cref="Register"/> before configs are loaded.
/// </summary>
public static class SearchAlgorithms
{
    private static readonly Lock Gate = new();
    private static readonly List<(string Name, string Description, Func<SearchProblem, ISearchAlgorithm> Factory)> Entries =
    [
        (SearchMode.Wann, "weight agnostic search", p => new WannAlgorithm(p)),
        (SearchMode.Neat, "classic NEAT with evolved weights", p => new NeatAlgorithm(p)),
    ];

    /// <summary>Gets the registered names with their one-line descriptions, in registration order.</summary>
    public static IReadOnlyList<(string Name, string Description)> All
    {
        get
        {
            lock (Gate)
            {
                return [.. Entries.Select(e => (e.Name, e.Description))];
            }
        }
    }

    /// <summary>Registers an algorithm.</summary>
    /// <param name="name">Its <c>mode</c> name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the algorithm for a run.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<SearchProblem, ISearchAlgorithm> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (Gate)
        {
            if (Entries.Exists(e => e.Name == name))
            {
                throw new ArgumentException($"A search algorithm named '{name}' is already registered; choose another mode name.", nameof(name));
            }

            Entries.Add((name, description, factory));
        }
    }

    /// <summary>Returns whether a mode name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name)
    {
        lock (Gate)
        {
            return Entries.Exists(e => e.Name == name);
        }
    }

    /// <summary>Builds the algorithm the problem's config names.</summary>
    /// <param name="problem">The problem.</param>
    /// <returns>The algorithm.</returns>
    /// <exception cref="ArgumentException">The mode is unknown.</exception>
    public static ISearchAlgorithm Create(SearchProblem problem)
    {
        string name = problem.Config.Mode;
        Func<SearchProblem, ISearchAlgorithm>? factory;
        lock (Gate)
        {
            factory = Entries.Find(e => e.Name == name).Factory;
        }

        return factory is null
            ? throw new ArgumentException($"Unknown search mode '{name}'; known: {string.Join(", ", All.Select(a => a.Name))}.", nameof(problem))
            : factory(problem);
    }
}
