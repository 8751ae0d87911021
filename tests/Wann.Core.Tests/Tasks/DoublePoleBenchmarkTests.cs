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
}
