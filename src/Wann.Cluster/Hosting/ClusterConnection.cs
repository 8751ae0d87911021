using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Wann.Core.Evaluation;

namespace Wann.Cluster.Hosting;

/// <summary>A started coordinator client and the evaluator that sends work through it.</summary>
public sealed class ClusterConnection : IAsyncDisposable, IDisposable
{
    private readonly IHost _host;
    private readonly LocalPopulationEvaluator _auditor;

    private ClusterConnection(IHost host, ClusterPopulationEvaluator evaluator, LocalPopulationEvaluator auditor)
    {
        _host = host;
        Evaluator = evaluator;
        _auditor = auditor;
    }

    /// <summary>Gets the cluster client (tests ask the management grain who is a member).</summary>
    internal IClusterClient Client => _host.Services.GetRequiredService<IClusterClient>();

    /// <summary>The cluster evaluator.</summary>
    public ClusterPopulationEvaluator Evaluator { get; }

    /// <summary>Connects to the cluster's gateways.</summary>
    /// <param name="spec">Membership to join.</param>
    /// <param name="options">Batching and retry settings.</param>
    /// <param name="cancellationToken">Cancels the connection attempt.</param>
    /// <param name="log">Where the client's and Orleans' warnings go (e.g. the run's <c>log.clef</c>); <see langword="null"/>: the console.</param>
    /// <returns>The connection.</returns>
    /// <param name="fallback">Scores the rest of a generation on this machine when every worker is gone; <see langword="null"/>: one thread.</param>
    public static async Task<ClusterConnection> ConnectAsync(ClusterSpec spec, ClusterEvaluatorOptions? options = null, CancellationToken cancellationToken = default, Serilog.ILogger? log = null, IPopulationEvaluator? fallback = null)
    {
        IHost host = ClusterHosting.BuildClient(spec, log: log);
        await host.StartAsync(cancellationToken).ConfigureAwait(false);
        var client = host.Services.GetRequiredService<IClusterClient>();
        ILogger logger = host.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Wann.Cluster");
        // The coordinator re-scores a seeded sample of every generation itself (one thread; a genome or two).
        var auditor = new LocalPopulationEvaluator(1);
        return new ClusterConnection(host, new ClusterPopulationEvaluator(client, options, logger, auditor, fallback), auditor);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync().ConfigureAwait(false);
        _host.Dispose();
        _auditor.Dispose();
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}
