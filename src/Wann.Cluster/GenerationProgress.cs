namespace Wann.Cluster;

/// <summary>One generation's ledger plus the slowest batch duration so far, to spot batches stranded on a dead silo.</summary>
/// <param name="ledger">The generation's results.</param>
internal sealed class GenerationProgress(BatchLedger ledger)
{
    private long _slowestTicks;

    /// <summary>The generation's results.</summary>
    public BatchLedger Ledger { get; } = ledger;

    /// <summary>Duration of the slowest batch answered so far.</summary>
    public TimeSpan Slowest => TimeSpan.FromTicks(Interlocked.Read(ref _slowestTicks));

    /// <summary>Records how long an answered attempt took.</summary>
    /// <param name="duration">Time from sending to the answer.</param>
    public void RecordFinished(TimeSpan duration)
    {
        long ticks = duration.Ticks;
        long seen = Interlocked.Read(ref _slowestTicks);
        while (ticks > seen)
        {
            long previous = Interlocked.CompareExchange(ref _slowestTicks, ticks, seen);
            if (previous == seen)
            {
                return;
            }

            seen = previous;
        }
    }

    /// <summary>Whether an attempt running for <paramref name="running"/> should be sent again elsewhere.</summary>
    /// <param name="running">How long the attempt has been running.</param>
    /// <param name="options">Straggler settings.</param>
    /// <returns><see langword="true"/> when half the batches are done and the attempt is far slower than all of them.</returns>
    public bool IsStraggler(TimeSpan running, ClusterEvaluatorOptions options)
    {
        if (Ledger.Remaining * 2 > Ledger.BatchCount)
        {
            return false;
        }

        return running > (Slowest * options.StragglerFactor) + options.StragglerSlack;
    }
}
