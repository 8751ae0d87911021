using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;
using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>
/// Classic NEAT (mode <c>neat</c>): genomes start with random weights, are scored with their own weights,
/// grouped into species and bred by the <see cref="NeatBreeder"/> (fitness sharing, crossover, weight mutation).
/// </summary>
public sealed class NeatAlgorithm : ISearchAlgorithm
{
    private readonly SearchProblem _problem;
    private readonly NeatBreeder _breeder;

    /// <summary>Creates the algorithm.</summary>
    /// <param name="problem">The problem.</param>
    public NeatAlgorithm(SearchProblem problem)
    {
        _problem = problem;
        _breeder = new NeatBreeder(problem.Config.Neat, problem.HiddenActivations, NeatMutations.Create(problem.Config));
    }

    /// <inheritdoc/>
    public string Name => SearchMode.Neat;

    /// <inheritdoc/>
    public WeightMode Weights => WeightMode.Own;

    /// <inheritdoc/>
    public EvolutionState CreateInitialState()
    {
        double cap = _problem.Config.Neat.WeightCap;
        EvolutionState state = InitialGeneration.Create(_problem, (Genome genome, ref Xoshiro256 rng) =>
        {
            // NEAT starts from random weights: N(0, 1), within the weight cap.
            var genes = genome.Connections.ToArray();
            for (int c = 0; c < genes.Length; c++)
            {
                genes[c] = genes[c] with { Weight = Math.Clamp(rng.NextGaussian(), -cap, cap) };
            }

            return genome.WithConnections(genes);
        });
        state.Species = new SpeciesSet(_problem.Config.Neat.CompatibilityThreshold, 0);
        return state;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Genome> Ask(EvolutionState state) => state.Population;

    /// <inheritdoc/>
    public string Tell(EvolutionState state, IReadOnlyList<GenomeFitness> fitness)
    {
        ExperimentConfig config = _problem.Config;
        int generation = state.Generation;
        SpeciesSet species = state.Species ?? throw new InvalidOperationException("A NEAT run needs its species.");
        Genome[] population = state.Population;
        species.Assign(population, config.Neat, generation);
        // The last generation is bred too: a finished run's checkpoint then continues (resume --generations N)
        // exactly as a longer run would; breeding draws from its own seeded stream and changes no result.
        state.Population = _breeder.Breed(population, fitness, species, config.Population, config.Seed, generation, RandomStreams.Reproduction, state.Innovations);

        return "species";
    }
}
