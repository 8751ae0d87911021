using Wann.Core.Evolution;

namespace Wann.Core.Ranking;

/// <summary>
/// The registry of ranking strategies, keyed by the config's <c>ranking</c>. The built-in strategies are
/// registered here; a plug-in registers its own with <see cref="Register"/> before configs are loaded.
/// </summary>
public static class RankingStrategies
{
    /// <summary>The default strategy's name: today's NSGA-II ranking.</summary>
    public const string Default = Nsga2Ranking.StrategyName;

    private static readonly Lock Gate = new();
    private static readonly List<(string Name, string Description, Func<ExperimentConfig, IRankingStrategy> Factory)> Entries =
    [
        (Nsga2Ranking.StrategyName, "NSGA-II on (mean, fewer connections) with probability probMoo, else (mean, max)", c => new Nsga2Ranking(c.ProbMoo, c.Crowding, c.Complexity)),
        (ReferenceRanking.StrategyName, "the WANN reference's NSGA-II: 1/connections and its crowding quirk", c => new ReferenceRanking(c.ProbMoo)),
        (MeanRanking.StrategyName, "mean fitness only", _ => new MeanRanking()),
    ];

    /// <summary>Gets the registered names with their descriptions, in registration order.</summary>
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

    /// <summary>Registers a strategy.</summary>
    /// <param name="name">Its <c>ranking</c> name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the strategy for a run.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<ExperimentConfig, IRankingStrategy> factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (Gate)
        {
            if (Entries.Exists(e => e.Name == name))
            {
                throw new ArgumentException($"A ranking strategy named '{name}' is already registered; choose another name.", nameof(name));
            }

            Entries.Add((name, description, factory));
        }
    }

    /// <summary>Returns whether a strategy of this name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name)
    {
        lock (Gate)
        {
            return Entries.Exists(e => e.Name == name);
        }
    }

    /// <summary>Builds the strategy the config's <c>ranking</c> names.</summary>
    /// <param name="config">The config.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static IRankingStrategy Create(ExperimentConfig config)
    {
        Func<ExperimentConfig, IRankingStrategy>? factory;
        lock (Gate)
        {
            factory = Entries.Find(e => e.Name == config.Ranking).Factory;
        }

        return factory is null
            ? throw new ArgumentException($"Unknown ranking strategy '{config.Ranking}'; known: {string.Join(", ", All.Select(a => a.Name))}.", nameof(config))
            : factory(config);
    }
}
