namespace Wann.Cluster;

/// <summary>How the coordinator cuts a generation into batches and when it gives up on an attempt.</summary>
public sealed record ClusterEvaluatorOptions
{
    /// <summary>Genomes per batch; 0 picks one so a generation makes about <see cref="TargetBatches"/> batches.</summary>
    public int BatchSize { get; init; }

    /// <summary>Batches per generation when <see cref="BatchSize"/> is 0.</summary>
    /// <remarks>Many small batches even out random placement over the silos; each costs one message round trip.</remarks>
    public int TargetBatches { get; init; } = 24;

    /// <summary>How long one attempt may run before the batch is also sent elsewhere.</summary>
    /// <remarks>The slow attempt keeps running: whichever copy answers first is kept.</remarks>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromMinutes(2);

    /// <summary>A batch counts as a straggler once it has run this many times longer than the slowest finished batch.</summary>
    /// <remarks>
    /// Checked only once half of the generation's batches have answered. A worker killed with SIGKILL leaves its
    /// calls unanswered until membership declares it dead (a minute or more); re-sending stragglers bounds that
    /// stall to a few batch durations instead of <see cref="AttemptTimeout"/>.
    /// </remarks>
    public double StragglerFactor { get; init; } = 3.0;

    /// <summary>Time added to the straggler threshold, so jitter on very short batches does not cause re-sends.</summary>
    public TimeSpan StragglerSlack { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Attempts per batch before the generation fails.</summary>
    public int MaxAttempts { get; init; } = 20;

    /// <summary>Pause before re-sending a batch whose attempt failed (lets membership notice a dead silo).</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Gets how long the cluster may stay silent before the coordinator asks the membership whether any worker is left.</summary>
    /// <remarks>A worker stopped gracefully is noticed at once (its calls fail, the membership drops it); one killed
    /// with SIGKILL, once membership declares it dead. Either way the generation goes on or stops within a bounded time.</remarks>
    public TimeSpan WorkersGoneAfter { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Gets what to do when no worker is left: finish on the coordinator (default) or stop.</summary>
    public WorkersGoneAction WhenWorkersGone { get; init; } = WorkersGoneAction.FinishLocally;

    /// <summary>Gets how many genomes of each request the coordinator re-scores itself to audit the workers (0: none).</summary>
    public int AuditGenomes { get; init; } = 1;

    /// <summary>Batch size for a population of <paramref name="genomes"/>.</summary>
    /// <param name="genomes">Population size.</param>
    /// <returns>Genomes per batch, at least 1.</returns>
    public int BatchSizeFor(int genomes) =>
        BatchSize > 0 ? BatchSize : Math.Max(1, (genomes + Math.Max(1, TargetBatches) - 1) / Math.Max(1, TargetBatches));
}
