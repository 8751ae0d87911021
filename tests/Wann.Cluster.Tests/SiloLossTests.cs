using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster.Tests;

public sealed class SiloLossTests
{
    [Fact]
    public async Task Killing_a_silo_mid_generation_still_gives_the_local_fitness()
    {
        using var gate = new StallGate();
        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddWannWorker(1);
            silo.Services.AddSingleton<IPopulationEvaluator>(sp => new StallingEvaluator(
                sp.GetRequiredService<LocalPopulationEvaluator>(), sp.GetRequiredService<ILocalSiloDetails>().SiloAddress, gate));
        });
        await using InProcessTestCluster cluster = builder.Build();
        await cluster.DeployAsync();
        gate.Spare = cluster.Silos[0].SiloAddress;

        Genome[] population = await TestPopulations.GrownAsync(4);
        EvaluationRequest request = TestPopulations.Request(population, seedBase: 999);
        using var local = new LocalPopulationEvaluator(1);
        GenomeFitness[] expected = await local.EvaluateAsync(request);

        // The per-attempt deadline is the backstop; a dead silo's calls normally fail sooner.
        var evaluator = new ClusterPopulationEvaluator(cluster.Client, new ClusterEvaluatorOptions { BatchSize = 2, AttemptTimeout = TimeSpan.FromSeconds(8) });
        Task<GenomeFitness[]> generation = evaluator.EvaluateAsync(request).AsTask();

        // One batch is now stranded on a silo; kill that silo while the generation is running.
        SiloAddress victim = await gate.Stalled.WaitAsync(TimeSpan.FromSeconds(30));
        InProcessSiloHandle handle = cluster.Silos.First(s => s.SiloAddress.Equals(victim));
        await cluster.KillSiloAsync(handle);
        Assert.False(generation.IsCompleted, "the generation finished before the silo was killed");

        GenomeFitness[] actual = await generation.WaitAsync(TimeSpan.FromSeconds(90));
        TestPopulations.AssertBitIdentical(expected, actual);
        Assert.True(evaluator.Resent >= 1, "the stranded batch was never re-sent");
    }
}
