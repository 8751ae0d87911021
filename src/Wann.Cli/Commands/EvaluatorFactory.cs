using Wann.Cluster;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;

namespace Wann.Cli.Commands;

/// <summary>Chooses where a run's genomes are scored: on this machine, or on the workers of a cluster.</summary>
internal static class EvaluatorFactory
{
    /// <summary>The evaluator for <c>--cluster</c> (none: the local one), and what to dispose when the run ends.</summary>
    /// <param name="local">The local evaluator (also the one the run's display reports).</param>
    /// <param name="spec">The <c>--cluster</c> spec, or <see langword="null"/>.</param>
    /// <param name="log">The run's log: the cluster client's warnings (re-sends, lost workers) go there too.</param>
    /// <returns>The evaluator, and an owner that disposes it and <paramref name="local"/>.</returns>
    public static (IPopulationEvaluator Evaluator, IDisposable Owner) Create(LocalPopulationEvaluator local, ClusterSpec? spec, Serilog.ILogger? log = null)
    {
        if (spec is null)
        {
            return (local, local);
        }

        ClusterConnection connection;
        try
        {
            // Bounded: without a reachable gateway Orleans' client keeps retrying for minutes.
            using var give = new CancellationTokenSource(ConnectTimeout);
            connection = ClusterConnection.ConnectAsync(spec, new ClusterEvaluatorOptions { WhenWorkersGone = spec.WhenWorkersGone }, give.Token, log, local)
                .WaitAsync(ConnectTimeout + TimeSpan.FromSeconds(5)).GetAwaiter().GetResult();
        }
        catch (FormatException e)
        {
            // A certificate file named in the spec is missing or unreadable.
            throw new UsageException(e.Message, e);
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or System.Net.Sockets.SocketException or AggregateException or System.Security.Authentication.AuthenticationException or OperationCanceledException)
        {
            throw new UsageException($"--cluster {spec}: no worker reachable ({(e is OperationCanceledException or TimeoutException ? $"no gateway answered within {ConnectTimeout.TotalSeconds:0} s" : e.GetBaseException().Message)}); start one with `wann worker --cluster {spec}` first (same certificate authority and --cluster-secret).", e);
        }

        Console.Error.WriteLine($"evaluating on cluster {spec}");
        return (connection.Evaluator, new Owners(connection, local));
    }

    /// <summary>How long the coordinator tries to reach the cluster's gateways before giving up with a message.</summary>
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(30);

    private sealed class Owners(params IDisposable[] owned) : IDisposable
    {
        public void Dispose()
        {
            foreach (IDisposable item in owned)
            {
                item.Dispose();
            }
        }
    }
}
