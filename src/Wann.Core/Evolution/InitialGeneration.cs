using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>Generation 0 as every built-in algorithm starts it: the reference's minimal genomes, one random stream per genome.</summary>
public static class InitialGeneration
{
    /// <summary>Builds the initial state.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="finish">Optional last touch per genome (NEAT draws its weights here).</param>
    /// <returns>The state of generation 0.</returns>
    public static EvolutionState Create(SearchProblem problem, GenomeInitializer? finish = null)
    {
        var innovations = new InnovationTracker(0, 1 + problem.Inputs + problem.Outputs);
        Genome[] population = Minimal(problem, problem.Config.Population, 0, innovations, finish);
        return new EvolutionState(0, population, innovations, null, 0);
    }

    /// <summary>Draws <paramref name="size"/> minimal genomes, genome i from the stream Mix(seed, generation, initial population, i):
    /// generation 0 here, and a restart's fresh population (<see cref="IpopWannAlgorithm"/>) at the generation it starts.</summary>
    /// <param name="problem">The problem.</param>
    /// <param name="size">How many genomes.</param>
    /// <param name="generation">The generation the streams are drawn for.</param>
    /// <param name="innovations">The run's innovation tracker (the skeleton's genes are numbered by it).</param>
    /// <param name="finish">Optional last touch per genome.</param>
    /// <returns>The genomes.</returns>
    internal static Genome[] Minimal(SearchProblem problem, int size, int generation, InnovationTracker innovations, GenomeInitializer? finish = null)
    {
        ExperimentConfig config = problem.Config;
        int inputs = problem.Inputs;
        int outputs = problem.Outputs;
        (NodeGene[] nodes, ConnectionGene[] candidates) = InitialPopulation.Skeleton(inputs, outputs, problem.OutputActivation(), innovations);
        var population = new Genome[size];
        for (int i = 0; i < population.Length; i++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(config.Seed, (ulong)generation, RandomStreams.InitialPopulation, (ulong)i));
            population[i] = InitialPopulation.Create(inputs, outputs, nodes, candidates, config.InitEnable, ref rng, config.Recurrent);
            if (finish is not null)
            {
                population[i] = finish(population[i], ref rng);
            }
        }

        return population;
    }
}
