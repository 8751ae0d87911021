using System.Diagnostics;
using Orleans.Runtime;

namespace Wann.Cluster;

/// <summary>
/// Decides that every worker is gone: no batch answered for <see cref="ClusterEvaluatorOptions.WorkersGoneAfter"/> and
/// the membership lists no active silo (or cannot be asked at all: the client lost its last gateway). A slow but live
/// worker is not gone: the membership still lists it, and the quiet period starts again.
/// </summary>
/// <param name="grains">Grain factory of the coordinator's client.</param>
/// <param name="options">The quiet period.</param>
internal sealed class WorkerWatch(IGrainFactory grains, ClusterEvaluatorOptions options)
{
    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(3);
    private readonly Lock _gate = new();
    private long _lastProgress = Stopwatch.GetTimestamp();
    private static readonly TimeSpan MinProbeInterval = TimeSpan.FromSeconds(1);
    private Task<bool>? _probe;
    private long _probedAt;

    /// <summary>Gets or sets a value indicating whether the last check found no worker (later generations then ask first).</summary>
    public bool Gone { get; set; }

    /// <summary>Records that the cluster answered (or a generation starts): the quiet period starts again.</summary>
    public void Progress() => Interlocked.Exchange(ref _lastProgress, Stopwatch.GetTimestamp());

    /// <summary>Whether every worker is gone; cheap until the quiet period is over, then one shared membership probe.</summary>
    /// <param name="attemptFailed">An attempt just failed outright (not merely slow): ask the membership now, at most once a second.</param>
    /// <returns><see langword="true"/> when no worker is left.</returns>
    public Task<bool> AllGoneAsync(bool attemptFailed = false)
    {
        if (!attemptFailed && Stopwatch.GetElapsedTime(Interlocked.Read(ref _lastProgress)) < options.WorkersGoneAfter)
        {
            return Task.FromResult(false);
        }

        lock (_gate)
        {
            if (_probe is null || (_probe.IsCompleted && Stopwatch.GetElapsedTime(_probedAt) > MinProbeInterval))
            {
                _probedAt = Stopwatch.GetTimestamp();
                _probe = ProbeAsync();
            }

            return _probe;
        }
    }

    /// <summary>Asks the membership how many silos are active.</summary>
    /// <returns><see langword="true"/> when none is (or the cluster cannot be reached).</returns>
    public async Task<bool> ProbeAsync()
    {
        bool gone;
        try
        {
            Dictionary<SiloAddress, SiloStatus> hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true).WaitAsync(ProbeTimeout).ConfigureAwait(false);
            gone = hosts.Count == 0;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No gateway left, or the membership does not answer: nobody can score a batch.
            gone = true;
        }

        if (!gone && Gone)
        {
            Progress();
        }
        else if (!gone)
        {
            // Alive but slow: wait another quiet period before asking again.
            Progress();
        }

        Gone = gone;
        return gone;
    }
}
