using Wann.Core.Activation;
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
        ExperimentConfig config = problem.Config;
        ActivationFunction outputActivation = problem.OutputActivation();
        int inputs = problem.Inputs;
        int outputs = problem.Outputs;
        var innovations = new InnovationTracker(0, 1 + inputs + outputs);
        (NodeGene[] nodes, ConnectionGene[] candidates) = InitialPopulation.Skeleton(inputs, outputs, outputActivation, innovations);
        var population = new Genome[config.Population];
        for (int i = 0; i < population.Length; i++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(config.Seed, 0, RandomStreams.InitialPopulation, (ulong)i));
            population[i] = InitialPopulation.Create(inputs, outputs, nodes, candidates, config.InitEnable, ref rng, config.Recurrent);
            if (finish is not null)
            {
                population[i] = finish(population[i], ref rng);
            }
        }

        return new EvolutionState(0, population, innovations, null, 0);
    }
}
