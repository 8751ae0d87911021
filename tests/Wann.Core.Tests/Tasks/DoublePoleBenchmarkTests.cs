using Wann.Core.Benchmarking;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Tests.Persistence;

namespace Wann.Core.Tests.Tasks;

public class DoublePoleBenchmarkTests
{
    [Fact]
    public void The_tests_of_the_protocol_count_what_a_constant_network_balances()
    {
        // A network whose output is the constant 0.5 applies no force: 23 steps from the standard start.
        // Of the 625 generalisation starts it survives exactly the 5 that are an equilibrium (θ₁ = θ̇₁ = ẋ = 0,
        // only x differs); with ẋ ≠ 0 the frictionless cart rolls off the track within 1000 steps (20 s).
        Genome still = GenomeFactory.Build(3, 1, [], [(0, 4, 0.5, true)]);
        Assert.Equal(23, DoublePoleBenchmark.BalancedSteps(still, velocities: false));
        Assert.Equal(5, DoublePoleBenchmark.Generalization(still));
    }

    [Fact]
    public async Task A_markov_run_solves_within_neats_published_budget_order()
    {
        ExperimentConfig config = ExperimentConfigLoader.Load(Path.Combine(ExperimentConfigLoaderTests.RepositoryRoot(), "experiments", "doublepole-neat.json"));
        DoublePoleRun run = await DoublePoleBenchmark.RunAsync(config, DoublePoleBenchmark.RunSeed(config.Seed, 0), threads: 2);
        Assert.True(run.Solved, $"not solved after {run.Evaluations} evaluations");
        Assert.InRange(run.Evaluations, 150, 20_000);
    }

    [Fact]
    public void Each_generation_tests_the_champion_of_the_best_species_not_checked_before()
    {
        // Six genomes in three species: A = {0, 1} (best 10), B = {2, 3} (best 8), C = {4, 5} (best 9).
        Genome[] population = [.. Enumerable.Range(0, 6).Select(i => GenomeFactory.Build(3, 1, [], [(0, 4, i, true)]))];
        double[] means = [10, 2, 8, 7, 1, 9];
        var fitness = means.Select(m => new Wann.Core.Evaluation.GenomeFitness(m, m, [m], 1, 1)).ToArray();
        var species = new Wann.Core.Speciation.SpeciesSet(3.0, 3);
        int[][] members = [[0, 1], [2, 3], [4, 5]];
        for (int id = 0; id < 3; id++)
        {
            var s = new Wann.Core.Speciation.Species(id, population[members[id][0]], double.NegativeInfinity, 0);
            s.Members.AddRange(members[id]);
            species.Restore(s);
        }

        var state = new EvolutionState(1, population, new Wann.Core.Reproduction.InnovationTracker(10, 5), null, 0) { Species = species };
        var report = new GenerationReport(0, 6, 10, 5, 5, 10, 1, 1, 5, 10, 1, 0, "species", 0);
        var champion = new Champion(population[0], 0, 10, [10], 10);
        var outcome = new GenerationOutcome(report, population[0], fitness[0], champion, true) { Population = population, Fitness = fitness };
        var checkedSpecies = new HashSet<int>();

        Assert.Equal((population[0], 0), DoublePoleBenchmark.NextSpeciesChampion(outcome, state, checkedSpecies));
        Assert.Equal((population[5], 5), DoublePoleBenchmark.NextSpeciesChampion(outcome, state, checkedSpecies));
        Assert.Equal((population[2], 2), DoublePoleBenchmark.NextSpeciesChampion(outcome, state, checkedSpecies));

        // Every species checked: the generation's best is tested again.
        Assert.Equal((population[0], 0), DoublePoleBenchmark.NextSpeciesChampion(outcome, state, checkedSpecies));
        Assert.Equal([0, 1, 2], checkedSpecies.Order());
    }
}
