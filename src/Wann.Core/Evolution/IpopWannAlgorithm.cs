using System.Text.Json.Nodes;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Restarts;

namespace Wann.Core.Evolution;

/// <summary>
/// Weight agnostic search with restarts (mode <c>wann-ipop</c>, IPOP: Auger &amp; Hansen 2005): WANN mode until the run's
/// champion stalls for <c>restarts.stallGenerations</c>, then the whole population is replaced by fresh minimal genomes,
/// <c>restarts.growth</c> times as many (up to <c>restarts.maxGrowth</c> times the config's population). A run stuck in
/// a local optimum starts over with a larger search, and the champion so far is kept by the loop.
/// </summary>
/// <remarks>The restart count and the first generation of the current restart are
/// <see cref="EvolutionState.AlgorithmState"/>; the population size is the population's, so checkpoints carry both.
/// Fresh genomes of a restart bred after generation g draw from Mix(seed, g + 1, initial-population stream, index),
/// streams no other generation uses.</remarks>
public sealed class IpopWannAlgorithm : ISearchAlgorithm
{
    /// <summary>The mode's name in the config.</summary>
    public const string ModeName = "wann-ipop";

    private const string RestartsKey = "restarts";
    private const string StartedKey = "restartedAt";

    private readonly SearchProblem _problem;
    private readonly Breeder _breeder;
    private readonly IRankingStrategy _ranking;

    /// <summary>Creates the algorithm.</summary>
    /// <param name="problem">The problem.</param>
    public IpopWannAlgorithm(SearchProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        _breeder = new Breeder(problem.Selection(), problem.TopologyMutator());
        _ranking = RankingStrategies.Create(problem.Config);
    }

    /// <inheritdoc/>
    public string Name => ModeName;

    /// <inheritdoc/>
    public WeightMode Weights => WeightMode.Shared;

    /// <inheritdoc/>
    public EvolutionState CreateInitialState()
    {
        EvolutionState state = InitialGeneration.Create(_problem);
        state.AlgorithmState = new JsonObject { [RestartsKey] = 0, [StartedKey] = 0 };
        return state;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Genome> Ask(EvolutionState state) => state.Population;

    /// <inheritdoc/>
    public string Tell(EvolutionState state, IReadOnlyList<GenomeFitness> fitness)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fitness);
        ExperimentConfig config = _problem.Config;
        RestartSettings settings = config.Restarts;
        int generation = state.Generation;
        RankedGeneration ranked = _ranking.Rank(fitness, config.Seed, generation);
        int restarts = Read(state.AlgorithmState, RestartsKey);
        int startedAt = Read(state.AlgorithmState, StartedKey);
        int since = Math.Max(startedAt, state.Champion?.Generation ?? 0);
        int size = state.Population.Length;
        if (generation + 1 - since > settings.StallGenerations)
        {
            int cap = (int)Math.Floor(settings.MaxGrowth * config.Population);
            int grown = Math.Min(cap, (int)Math.Round(size * settings.Growth));
            state.Population = InitialGeneration.Minimal(_problem, Math.Max(size, grown), generation + 1, state.Innovations);
            state.AlgorithmState = new JsonObject { [RestartsKey] = restarts + 1, [StartedKey] = generation + 1 };
            return ranked.RankedBy + "+restart";
        }

        // The last generation is bred too, as in WANN mode: a finished run's checkpoint continues exactly.
        state.Population = _breeder.Breed(state.Population, ranked.Order, size, config.Seed, generation, RandomStreams.Reproduction, state.Innovations);
        return ranked.RankedBy;
    }

    private static int Read(JsonObject? algorithmState, string key) =>
        algorithmState?[key] is JsonValue v && v.TryGetValue(out int value) ? value : 0;
}
