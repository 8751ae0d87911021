using Microsoft.Extensions.DependencyInjection;
using Orleans.TestingHost;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster.Tests;

/// <summary>One in-process silo whose evaluator lies: the coordinator must not believe it.</summary>
public sealed class ForgingCluster : IAsyncLifetime
{
    public InProcessTestCluster Cluster { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        var builder = new InProcessTestClusterBuilder(1);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.AddWannWorker(1);
            silo.Services.AddSingleton<IPopulationEvaluator>(new Forger());
        });
        Cluster = builder.Build();
        await Cluster.DeployAsync();
    }

    public async Task DisposeAsync() => await Cluster.DisposeAsync();

    /// <summary>Scores honestly, then reports 99999 (consistently) unless asked to break the scores' consistency too.</summary>
    internal sealed class Forger : IPopulationEvaluator
    {
        public static volatile bool Inconsistent;

        public async ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
        {
            using var honest = new LocalPopulationEvaluator(1);
            GenomeFitness[] real = await honest.EvaluateAsync(request, cancellationToken);
            return [.. real.Select(f => Inconsistent
                ? f with { Max = f.Max + 1 }
                : f with { Mean = 99999, Max = 99999, PerWeightMean = [.. f.PerWeightMean.Select(_ => 99999.0)] })];
        }
    }
}

public sealed class ForgedResultTests(ForgingCluster fixture) : IClassFixture<ForgingCluster>
{
    [Fact]
    public async Task A_consistent_forgery_is_caught_by_the_coordinators_audit()
    {
        ForgingCluster.Forger.Inconsistent = false;
        Genome[] population = await TestPopulations.GrownAsync(2);
        using var auditor = new LocalPopulationEvaluator(1);
        var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 8 }, auditor: auditor);
        var e = await Assert.ThrowsAsync<ClusterResultException>(async () => await cluster.EvaluateAsync(TestPopulations.Request(population)));
        Assert.Contains("mean 99999", e.Message, StringComparison.Ordinal);
        Assert.Contains("differs from the coordinator's own evaluation", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inconsistent_reply_is_rejected_and_resent_not_accepted()
    {
        ForgingCluster.Forger.Inconsistent = true;
        try
        {
            Genome[] population = await TestPopulations.GrownAsync(2);
            var cluster = new ClusterPopulationEvaluator(fixture.Cluster.Client, new ClusterEvaluatorOptions { BatchSize = 32, MaxAttempts = 2, RetryDelay = TimeSpan.FromMilliseconds(10) });
            var e = await Assert.ThrowsAsync<InvalidOperationException>(async () => await cluster.EvaluateAsync(TestPopulations.Request(population)));
            Assert.Contains("do not follow from its per-weight means", e.Message, StringComparison.Ordinal);
            Assert.Equal(2, cluster.Rejected);
        }
        finally
        {
            ForgingCluster.Forger.Inconsistent = false;
        }
    }
}
