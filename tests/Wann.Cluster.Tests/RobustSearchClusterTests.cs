using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Ranking;
using Wann.Core.Restarts;
using Wann.Core.Runs;
using Wann.Core.Speciation;

namespace Wann.Cluster.Tests;

/// <summary>The search methods of issue 18 (speciation, restarts, the diversity ranking) on the cluster: the same files as a local run.</summary>
public sealed class RobustSearchClusterTests(ThreeSiloCluster fixture) : IClassFixture<ThreeSiloCluster>
{
    public static TheoryData<string, string, WeightSampling> Methods => new()
    {
        { SpeciatedWannAlgorithm.ModeName, Nsga2DiversityRanking.StrategyName, WeightSampling.Fixed },
        { IpopWannAlgorithm.ModeName, Nsga2DiversityRanking.StrategyName, WeightSampling.Fixed },
        { SpeciatedWannAlgorithm.ModeName, Nsga2DiversityFrontsRanking.StrategyName, WeightSampling.Fixed },
        { SpeciatedWannAlgorithm.ModeName, Nsga2DiversityRanking.StrategyName, WeightSampling.Stratified },
    };

    private static ExperimentConfig Config(string mode, string ranking, WeightSampling sampling) => TestPopulations.SmallConfig(5) with
    {
        Mode = mode, Ranking = ranking, WeightSampling = sampling, CheckpointEvery = 1,
        Speciation = new TopologySpeciationSettings { TargetSpecies = 3, YoungAge = 1, StagnationGenerations = 2 },
        Diversity = new DiversitySettings { Neighbours = 4 },
        Restarts = new RestartSettings { StallGenerations = 1 },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_run_with_diversity_resumed_on_the_cluster_writes_the_files_of_a_local_run(string mode, string ranking, WeightSampling sampling)
    {
        ExperimentConfig config = Config(mode, ranking, sampling);
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
                Assert.NotNull(resumed.State.AlgorithmState);
                await resumed.RunAsync();
            }

            foreach (string file in new[] { "metrics.csv", "champion.json" })
            {
                string expected = File.ReadAllText(Path.Combine(root, "whole", file));
                Assert.Equal(expected, File.ReadAllText(Path.Combine(root, "cluster", file)));
                Assert.Equal(expected, File.ReadAllText(Path.Combine(folder.Path, file)));
            }

            string metrics = File.ReadAllText(Path.Combine(root, "whole", "metrics.csv"));
            Assert.Contains("diversity", metrics, StringComparison.Ordinal);
            Assert.Equal(mode == IpopWannAlgorithm.ModeName, metrics.Contains("+restart", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
