using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Ranking;
using Wann.Core.Runs;
using Wann.Core.Speciation;

namespace Wann.Cluster.Tests;

/// <summary>The search methods of issue 18 on the cluster: the same files as a local run.</summary>
public sealed class SpeciatedClusterTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    private static ExperimentConfig Config => TestPopulations.SmallConfig(5) with
    {
        Mode = SpeciatedWannAlgorithm.ModeName, Ranking = Nsga2DiversityRanking.StrategyName, CheckpointEvery = 1,
        Speciation = new TopologySpeciationSettings { TargetSpecies = 3, YoungAge = 1, StagnationGenerations = 2 },
        Diversity = new DiversitySettings { Neighbours = 4 },
    };

    [Fact]
    public async Task A_speciated_run_with_diversity_resumed_on_the_cluster_writes_the_files_of_a_local_run()
    {
        ExperimentConfig config = Config;
        string root = Directory.CreateTempSubdirectory("wann-cluster-speciated-").FullName;
        try
        {
            using var local = new LocalPopulationEvaluator(2);
            using (EvolutionRun whole = EvolutionRun.InFolder(config, local, new RunFolder(Path.Combine(root, "whole")), log: null))
            {
                await whole.RunAsync();
            }

            var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 4 });
            using (EvolutionRun onCluster = EvolutionRun.InFolder(config, cluster, new RunFolder(Path.Combine(root, "cluster")), log: null))
            {
                await onCluster.RunAsync();
            }

            var folder = new RunFolder(Path.Combine(root, "moved"));
            using (EvolutionRun first = EvolutionRun.InFolder(config with { Generations = 2 }, local, folder, log: null))
            {
                await first.RunAsync();
            }

            using (EvolutionRun resumed = EvolutionRun.ResumeFolder(new RunFolder(folder.Path), cluster, c => c.Config with { Generations = 5 }, log: null))
            {
                Assert.Equal(2, resumed.State.Generation);
                Assert.NotNull(resumed.State.Species);
                await resumed.RunAsync();
            }

            foreach (string file in new[] { "metrics.csv", "champion.json" })
            {
                string expected = File.ReadAllText(Path.Combine(root, "whole", file));
                Assert.Equal(expected, File.ReadAllText(Path.Combine(root, "cluster", file)));
                Assert.Equal(expected, File.ReadAllText(Path.Combine(folder.Path, file)));
            }

            Assert.Contains("diversity", File.ReadAllText(Path.Combine(root, "whole", "metrics.csv")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
