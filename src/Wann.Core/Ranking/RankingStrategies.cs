using Wann.Core.Evolution;
using Wann.Core.Plugins;

namespace Wann.Core.Ranking;

/// <summary>
/// The registry of ranking strategies, keyed by the config's <c>ranking</c>. The built-in strategies are
/// registered here; a plug-in registers its own with <see cref="Register"/> before configs are loaded.
/// </summary>
public static class RankingStrategies
{
    /// <summary>The default strategy's name: today's NSGA-II ranking.</summary>
    public const string Default = Nsga2Ranking.StrategyName;

    private static readonly NamedRegistry<Func<ExperimentConfig, IRankingStrategy>> Entries = new(
        "ranking strategy",
        [
            (Nsga2Ranking.StrategyName, "NSGA-II on (mean, fewer connections) with probability probMoo, else (mean, max)", c => new Nsga2Ranking(c.ProbMoo, c.Crowding, c.Complexity)),
            (ReferenceRanking.StrategyName, "the WANN reference's NSGA-II: 1/connections and its crowding quirk", c => new ReferenceRanking(c.ProbMoo)),
            (MeanRanking.StrategyName, "mean fitness only", _ => new MeanRanking()),
            (Nsga2DiversityRanking.StrategyName, "nsga2 with behavioural diversity (mean distance to the k nearest per-weight return profiles) as a third objective", c => new Nsga2DiversityRanking(c.ProbMoo, c.Crowding, c.Complexity, c.Diversity)),
            (Nsga2DiversityFrontsRanking.StrategyName, "nsga2's fronts, ordered within each by behavioural diversity instead of crowding distance", c => new Nsga2DiversityFrontsRanking(c.ProbMoo, c.Complexity, c.Diversity)),
        ]);

    /// <summary>Gets the registered names with their descriptions, in registration order.</summary>
    public static IReadOnlyList<(string Name, string Description)> All => Entries.All;

    /// <summary>Registers a strategy.</summary>
    /// <param name="name">Its <c>ranking</c> name.</param>
    /// <param name="description">A short description for messages.</param>
    /// <param name="factory">Builds the strategy for a run.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public static void Register(string name, string description, Func<ExperimentConfig, IRankingStrategy> factory) =>
        Entries.Register(name, description, factory);

    /// <summary>Returns whether a strategy of this name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => Entries.Contains(name);

    /// <summary>Builds the strategy the config's <c>ranking</c> names.</summary>
    /// <param name="config">The config.</param>
    /// <returns>The strategy.</returns>
    /// <exception cref="ArgumentException">The name is unknown.</exception>
    public static IRankingStrategy Create(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Entries.Get(config.Ranking, nameof(config))(config);
    }
}
