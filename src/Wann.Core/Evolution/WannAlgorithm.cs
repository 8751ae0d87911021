using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>
/// Weight agnostic search (mode <c>wann</c>): genomes are scored with the shared weight values, ranked
/// on Pareto fronts and bred by the <see cref="Breeder"/> (cull, elites, tournaments, one mutation per child).
/// </summary>
public sealed class WannAlgorithm : ISearchAlgorithm
{
    private readonly SearchProblem _problem;
    private readonly Breeder _breeder;

    /// <summary>Creates the algorithm.</summary>
    /// <param name="problem">The problem.</param>
    public WannAlgorithm(SearchProblem problem)
    {
        _problem = problem;
        ExperimentConfig config = problem.Config;
        _breeder = new Breeder(
            new SelectionSettings(config.CullRatio, config.EliteRatio, config.TournamentSize),
            new TopologyMutator(config.Mutation, problem.HiddenActivations, config));
    }

    /// <inheritdoc/>
    public string Name => SearchMode.Wann;

    /// <inheritdoc/>
    public WeightMode Weights => WeightMode.Shared;

    /// <inheritdoc/>
    public EvolutionState CreateInitialState() => InitialGeneration.Create(_problem);

    /// <inheritdoc/>
    public IReadOnlyList<Genome> Ask(EvolutionState state) => state.Population;

    /// <inheritdoc/>
    public string Tell(EvolutionState state, IReadOnlyList<GenomeFitness> fitness)
    {
        ExperimentConfig config = _problem.Config;
        int generation = state.Generation;
        var rankingRng = new Xoshiro256(SeedMixer.Mix(config.Seed, (ulong)generation, RandomStreams.Ranking));
        bool onConnections = rankingRng.NextDouble() < config.ProbMoo;
        var objectives = new double[fitness.Count][];
        for (int i = 0; i < fitness.Count; i++)
        {
            objectives[i] = onConnections
                ? [fitness[i].Mean, RankingObjectives.Complexity(config.Complexity, fitness[i].Connections)]
                : [fitness[i].Mean, fitness[i].Max];
        }

        int[] ranking = ParetoRanking.Rank(objectives, config.Crowding);
        if (generation + 1 < config.Generations)
        {
            state.Population = _breeder.Breed(state.Population, ranking, config.Population, config.Seed, generation, RandomStreams.Reproduction, state.Innovations);
        }

        return onConnections ? "connections" : "max";
    }
}
