namespace Wann.Cluster.Tests;

/// <summary>Shared between the test and its silos: picks the batch to strand and reports which silo holds it.</summary>
internal sealed class StallGate : IDisposable
{
    private readonly CancellationTokenSource _release = new();
    private readonly TaskCompletionSource<SiloAddress> _stalled = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _taken;

    public SiloAddress? Spare { get; set; }

    public CancellationToken Release => _release.Token;

    public Task<SiloAddress> Stalled => _stalled.Task;

    public bool TryStall(SiloAddress silo)
    {
        if (Spare is null || silo.Equals(Spare) || Interlocked.CompareExchange(ref _taken, 1, 0) != 0)
        {
            return false;
        }

        _stalled.SetResult(silo);
        return true;
    }

    public void Dispose()
    {
        _release.Cancel();
        _release.Dispose();
    }
}
