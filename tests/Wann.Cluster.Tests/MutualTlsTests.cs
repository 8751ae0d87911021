using System.Diagnostics;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster.Tests;

/// <summary>Real sockets on loopback, throw-away certificates: only members with the CA's certificate and the secret join.</summary>
[Collection(LocalhostPorts.Name)]
public sealed class MutualTlsTests
{
    private const string Secret = "correct-horse-battery-staple";

    [Fact]
    public async Task Only_workers_with_the_deployment_certificate_and_secret_join_and_the_numbers_equal_a_local_run()
    {
        using var certificates = new TestCertificates();
        (X509Certificate2 ca, string caPem) = certificates.Authority("wann-ca");
        (X509Certificate2 otherCa, string _) = certificates.Authority("other-ca");
        using (ca)
        using (otherCa)
        {
            (string memberCert, string memberKey) = certificates.MemberPem("coordinator", ca);
            string good = $"localhost?cert={certificates.Member("worker", ca)}&ca={caPem}";
            ClusterSpec goodSpec = ClusterSpec.Parse(good, Secret);
            ClusterSpec coordinatorSpec = ClusterSpec.Parse($"localhost?cert={memberCert}&key={memberKey}&ca={caPem}", Secret);
            var rogues = new (string Why, ClusterSpec Spec)[]
            {
                ("no certificate", ClusterSpec.Parse("localhost", Secret)),
                ("a certificate from another CA", ClusterSpec.Parse($"localhost?cert={certificates.Member("stranger", otherCa)}&ca={caPem}", Secret)),
                ("another secret", ClusterSpec.Parse(good, "another-deployment-secret")),
            };

            (IHost worker, _) = ClusterHosting.BuildWorker(goodSpec, 1);
            using (worker)
            {
                await worker.StartAsync();
                var rogueCalls = new ForgeryCounter();
                var rogueHosts = new List<IHost>();
                var attempts = new List<(string Why, Task Start)>();
                using var give = new CancellationTokenSource();
                try
                {
                    // The rogues try to join (on their own ports, so all three try at once) while the coordinator works.
                    foreach ((string why, ClusterSpec spec) in rogues)
                    {
                        int siloPort = ClusterHosting.FreeTcpPort();
                        int gatewayPort = ClusterHosting.FreeTcpPort();
                        (IHost rogue, _) = ClusterHosting.BuildWorker(spec, 1, LogLevel.None, null, silo =>
                        {
                            silo.Configure<Orleans.Configuration.EndpointOptions>(o => (o.SiloPort, o.GatewayPort) = (siloPort, gatewayPort));
                            silo.Services.AddSingleton<IPopulationEvaluator>(rogueCalls);
                        });
                        rogueHosts.Add(rogue);
                        attempts.Add((why, rogue.StartAsync(give.Token)));
                    }

                    Genome[] population = await TestPopulations.GrownAsync(1);
                    EvaluationRequest request = TestPopulations.Request(population, seedBase: 2468);
                    using var local = new LocalPopulationEvaluator(1);
                    GenomeFitness[] expected = await local.EvaluateAsync(request);

                    await using ClusterConnection connection = await ClusterConnection.ConnectAsync(coordinatorSpec, new ClusterEvaluatorOptions { BatchSize = 4 });
                    GenomeFitness[] actual = await connection.Evaluator.EvaluateAsync(request);
                    TestPopulations.AssertBitIdentical(expected, actual);
                    Assert.Equal(0, rogueCalls.Calls);
                    Assert.Equal(0, connection.Evaluator.Rejected);
                    var management = connection.Client.GetGrain<IManagementGrain>(0);
                    Assert.Single(await management.GetHosts(onlyActive: true));

                    await Task.WhenAny(Task.WhenAll(attempts.Select(a => a.Start)), Task.Delay(TimeSpan.FromSeconds(2)));
                    foreach ((string why, Task start) in attempts)
                    {
                        Assert.False(start.IsCompletedSuccessfully, $"a worker with {why} joined the cluster");
                    }
                }
                finally
                {
                    await give.CancelAsync();
                    foreach (IHost rogue in rogueHosts)
                    {
                        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
                        await Record.ExceptionAsync(() => rogue.StopAsync(stop.Token));
                        rogue.Dispose();
                    }

                    await worker.StopAsync();
                }
            }
        }
    }

    /// <summary>Counts the batches a rogue worker was given, and forges them.</summary>
    private sealed class ForgeryCounter : IPopulationEvaluator
    {
        private int _calls;

        public int Calls => Volatile.Read(ref _calls);

        public ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref _calls);
            return ValueTask.FromResult(request.Genomes.Select(_ => new GenomeFitness(99999, 99999, [99999.0], 1, 1)).ToArray());
        }
    }
}
