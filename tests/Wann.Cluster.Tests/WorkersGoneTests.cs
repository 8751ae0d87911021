using System.Diagnostics;
using Orleans.TestingHost;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Runs;

namespace Wann.Cluster.Tests;

public sealed class WorkersGoneTests
{
    [Fact]
    public async Task A_run_whose_only_worker_stops_finishes_locally_with_the_files_of_a_local_run()
    {
        ExperimentConfig config = TestPopulations.SmallConfig(5) with { CheckpointEvery = 1 };
        string root = Directory.CreateTempSubdirectory("wann-workers-gone-").FullName;
        try
        {
            using var local = new LocalPopulationEvaluator(2);
            using (EvolutionRun whole = EvolutionRun.InFolder(config, local, new RunFolder(Path.Combine(root, "local")), log: null))
            {
                await whole.RunAsync();
            }

            await using InProcessTestCluster cluster = await OneWorkerAsync();
            var evaluator = new ClusterPopulationEvaluator(cluster.Client, new ClusterEvaluatorOptions { BatchSize = 4, WorkersGoneAfter = TimeSpan.FromSeconds(2) }, fallback: local);
            var clock = Stopwatch.StartNew();
            using (EvolutionRun run = EvolutionRun.InFolder(config, evaluator, new RunFolder(Path.Combine(root, "cluster")), log: null))
            {
                run.Observers.Add(new StopWorkerAfter(2, cluster));
                await run.RunAsync();
            }

            Assert.True(evaluator.ScoredLocally >= 3 * 8, $"only {evaluator.ScoredLocally} batches were scored on the coordinator");
            Assert.True(clock.Elapsed < TimeSpan.FromSeconds(60), $"the run took {clock.Elapsed} without a worker");
            foreach (string file in new[] { "metrics.csv", "champion.json", "bests.jsonl" })
            {
                Assert.Equal(File.ReadAllText(Path.Combine(root, "local", file)), File.ReadAllText(Path.Combine(root, "cluster", file)));
            }
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    [Fact]
    public async Task Told_to_stop_the_coordinator_stops_with_a_clear_message_instead_of_spinning()
    {
        await using InProcessTestCluster cluster = await OneWorkerAsync();
        var evaluator = new ClusterPopulationEvaluator(cluster.Client, new ClusterEvaluatorOptions { WhenWorkersGone = WorkersGoneAction.Stop, WorkersGoneAfter = TimeSpan.FromSeconds(2) });
        EvaluationRequest request = TestPopulations.Request(await TestPopulations.GrownAsync(1));
        await evaluator.EvaluateAsync(request);
        await cluster.StopSiloAsync(cluster.Silos[0]);

        var clock = Stopwatch.StartNew();
        var error = await Assert.ThrowsAsync<ClusterWorkersGoneException>(async () => await evaluator.EvaluateAsync(request));
        Assert.Contains("wann resume", error.Message, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(20), $"stopping took {clock.Elapsed}");
    }

    private static async Task<InProcessTestCluster> OneWorkerAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) => silo.AddWannWorker(1));
        InProcessTestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        return cluster;
    }

    /// <summary>Stops the cluster's only silo once generation <paramref name="after"/> is done.</summary>
    private sealed class StopWorkerAfter(int after, InProcessTestCluster cluster) : IRunObserver
    {
        public async ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
        {
            if (state.Generation == after)
            {
                await cluster.StopSiloAsync(cluster.Silos[0]);
            }
        }
    }
}
