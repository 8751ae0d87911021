using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Runs;
using Wann.Studies;

namespace Wann.Cluster.Tests;

/// <summary>Three in-process silos, one evaluation thread each.</summary>
public sealed class ThreeSiloCluster : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) => silo.AddWannWorker(1));
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();
}

public sealed class InProcessClusterTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    [Fact]
    public async Task A_generation_on_three_silos_has_the_local_fitness_bit_for_bit()
    {
        Genome[] population = await TestPopulations.GrownAsync(4);
        EvaluationRequest request = TestPopulations.Request(population);
        using var local = new LocalPopulationEvaluator(1);
        GenomeFitness[] expected = await local.EvaluateAsync(request);

        var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 3 });
        GenomeFitness[] actual = await cluster.EvaluateAsync(request);

        TestPopulations.AssertBitIdentical(expected, actual);
        Assert.Equal(0, cluster.Resent);
        // The scores are real swing-up rewards, not an empty default.
        Assert.Contains(actual, f => f.Mean > 0);
    }

    [Fact]
    public async Task Five_generations_on_the_cluster_write_the_local_champion_json()
    {
        ExperimentConfig config = TestPopulations.SmallConfig(5);

        using var local = new LocalPopulationEvaluator(2);
        var localLoop = new EvolutionLoop(config, local);
        Champion localChampion = await localLoop.RunAsync(localLoop.CreateInitialState());

        var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 4 });
        var clusterLoop = new EvolutionLoop(config, cluster);
        Champion clusterChampion = await clusterLoop.RunAsync(clusterLoop.CreateInitialState());

        string expected = GenomeFile.ToJson(RunFolder.ChampionDocument(localChampion, config));
        string actual = GenomeFile.ToJson(RunFolder.ChampionDocument(clusterChampion, config));
        Assert.Equal(expected, actual);
        Assert.Contains("validatedMean", actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_local_run_resumed_on_the_cluster_writes_the_files_of_an_uninterrupted_local_run()
    {
        ExperimentConfig config = TestPopulations.SmallConfig(5) with { CheckpointEvery = 1 };
        string root = Directory.CreateTempSubdirectory("wann-cluster-resume-").FullName;
        try
        {
            using var local = new LocalPopulationEvaluator(2);
            using (EvolutionRun whole = EvolutionRun.InFolder(config, local, new RunFolder(Path.Combine(root, "whole")), log: null))
            {
                await whole.RunAsync();
            }

            var folder = new RunFolder(Path.Combine(root, "moved"));
            using (EvolutionRun first = EvolutionRun.InFolder(config with { Generations = 2 }, local, folder, log: null))
            {
                await first.RunAsync();
            }

            var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 4 });
            using (EvolutionRun resumed = EvolutionRun.ResumeFolder(new RunFolder(folder.Path), cluster, c => c.Config with { Generations = 5 }, log: null))
            {
                Assert.Equal(2, resumed.State.Generation);
                await resumed.RunAsync();
            }

            foreach (string file in new[] { "metrics.csv", "champion.json" })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(root, "whole", file)), File.ReadAllText(Path.Combine(folder.Path, file)));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task A_study_on_the_cluster_writes_the_runs_of_a_local_study()
    {
        ExperimentConfig config = TestPopulations.SmallConfig(3) with { Task = "cartpole", Population = 24 };
        var suite = new StudySuite("cluster-study", "suite.json", [("a", config), ("b", config with { TournamentSize = 2 })], [1UL, 2UL], 10, 7,
            new Dictionary<string, double>(), new Dictionary<string, double>());
        string root = Directory.CreateTempSubdirectory("wann-cluster-study-").FullName;
        try
        {
            IReadOnlyList<RunOutcome> local = await new StudyRunner(suite, Path.Combine(root, "local"), 2, 1).RunAsync();
            var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 6 });
            IReadOnlyList<RunOutcome> remote = await new StudyRunner(suite, Path.Combine(root, "cluster"), 2, 1, cluster).RunAsync();
            Assert.Equal(4, remote.Count);
            Assert.Equal(local, remote);
            Assert.Equal(File.ReadAllText(Path.Combine(root, "local", "runs.csv")), File.ReadAllText(Path.Combine(root, "cluster", "runs.csv")));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
