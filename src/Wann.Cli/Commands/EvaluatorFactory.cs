using Wann.Cluster;
using Wann.Cluster.Hosting;
using Wann.Core.Evaluation;

namespace Wann.Cli.Commands;

/// <summary>Chooses where a run's genomes are scored: on this machine, or on the workers of a cluster.</summary>
internal static class EvaluatorFactory
{
    /// <summary>The evaluator for <c>--cluster</c> (none: the local one), and what to dispose when the run ends.</summary>
    /// <param name="local">The local evaluator (also the one the run's display reports).</param>
    /// <param name="cluster">The <c>--cluster</c> value, or <see langword="null"/>.</param>
    /// <param name="log">The run's log: the cluster client's warnings (re-sends, lost workers) go there too.</param>
    /// <returns>The evaluator, and an owner that disposes it and <paramref name="local"/>.</returns>
    public static (IPopulationEvaluator Evaluator, IDisposable Owner) Create(LocalPopulationEvaluator local, string? cluster, Serilog.ILogger? log = null)
    {
        if (cluster is null)
        {
            return (local, local);
        }

        ClusterSpec spec;
        try
        {
            spec = ClusterSpec.Parse(cluster);
        }
        catch (FormatException e)
        {
            throw new UsageException(e.Message, e);
        }

        ClusterConnection connection;
        try
        {
            connection = ClusterConnection.ConnectAsync(spec, log: log).GetAwaiter().GetResult();
        }
        catch (Exception e) when (e is OrleansException or TimeoutException or System.Net.Sockets.SocketException or AggregateException)
        {
            throw new UsageException($"--cluster {spec}: no worker reachable ({e.GetBaseException().Message}); start one with `wann worker --cluster {spec}` first.", e);
        }

        Console.Error.WriteLine($"evaluating on cluster {spec}");
        return (connection.Evaluator, new Owners(connection, local));
    }

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
