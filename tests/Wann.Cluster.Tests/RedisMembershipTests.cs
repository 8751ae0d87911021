using Microsoft.Extensions.Hosting;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster.Tests;

public sealed class RedisMembershipTests
{
    [RedisFact]
    public async Task Two_workers_joined_through_real_redis_give_the_local_fitness()
    {
        string executable = RedisServer.FindExecutable() ?? throw new InvalidOperationException("RedisFact should have skipped this test.");

        using RedisServer redis = await RedisServer.StartAsync(executable);
        ClusterSpec spec = ClusterSpec.Parse($"redis://127.0.0.1:{redis.Port}");
        (IHost first, _) = ClusterHosting.BuildWorker(spec, 1);
        (IHost second, _) = ClusterHosting.BuildWorker(spec, 1);
        using (first)
        using (second)
        {
            await first.StartAsync();
            await second.StartAsync();
            try
            {
                Genome[] population = await TestPopulations.GrownAsync(3);
                EvaluationRequest request = TestPopulations.Request(population, seedBase: 4242);
                using var local = new LocalPopulationEvaluator(1);
                GenomeFitness[] expected = await local.EvaluateAsync(request);

                await using ClusterConnection connection = await ClusterConnection.ConnectAsync(spec, new ClusterEvaluatorOptions { BatchSize = 4 });
                GenomeFitness[] actual = await connection.Evaluator.EvaluateAsync(request);

                TestPopulations.AssertBitIdentical(expected, actual);
            }
            finally
            {
                await second.StopAsync();
                await first.StopAsync();
            }
        }
    }
}
