using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;

namespace Wann.Core.Evolution;

/// <summary>
/// Weight agnostic search (mode <c>wann</c>): genomes are scored with the shared weight values, ranked
/// on Pareto fronts and bred by the <see cref="Breeder"/> (cull, elites, tournaments, one mutation per child).
/// </summary>
public sealed class WannAlgorithm : ISearchAlgorithm
{
    private readonly SearchProblem _problem;
    private readonly Breeder _breeder;
    private readonly IRankingStrategy _ranking;

    /// <summary>Creates the algorithm.</summary>
    /// <param name="problem">The problem.</param>
    public WannAlgorithm(SearchProblem problem)
    {
        _problem = problem;
        _breeder = new Breeder(problem.Selection(), problem.TopologyMutator());
        _ranking = RankingStrategies.Create(problem.Config);
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
        RankedGeneration ranked = _ranking.Rank(fitness, config.Seed, generation);
        // The last generation is bred too: a finished run's checkpoint then continues (resume --generations N)
        // exactly as a longer run would; breeding draws from its own seeded stream and changes no result.
        state.Population = _breeder.Breed(state.Population, ranked.Order, config.Population, config.Seed, generation, RandomStreams.Reproduction, state.Innovations);

        return ranked.RankedBy;
    }
}
