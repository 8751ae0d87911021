using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Wann.Cluster.Grains;
using Wann.Cluster.Messages;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster;

/// <summary>
/// Evaluates a population on an Orleans cluster: cuts it into batches, sends each batch to an evaluation grain
/// that placement puts on some silo, re-sends a batch whose silo fails or is too slow, and assembles the fitness
/// values by batch id.
/// </summary>
/// <remarks>
/// Fitness does not depend on where a genome is scored (evaluation is a pure function of the genome and the
/// generation context), so the assembled array is bit-for-bit what <see cref="LocalPopulationEvaluator"/> computes.
/// </remarks>
/// <param name="grains">Grain factory of a client (or silo) of the cluster.</param>
/// <param name="options">Batching and retry settings.</param>
/// <param name="logger">Logger for re-sent batches and rejected replies.</param>
/// <param name="auditor">Scores a seeded sample of each request's genomes on the coordinator and fails loudly when a
/// worker's result differs (evaluation is deterministic, so any difference is proof); <see langword="null"/>: no audit.</param>
/// <param name="fallback">Scores the rest of a generation on the coordinator when every worker is gone
/// (<see cref="WorkersGoneAction.FinishLocally"/>); <see langword="null"/>: the auditor, or stop if there is none.</param>
public sealed class ClusterPopulationEvaluator(IGrainFactory grains, ClusterEvaluatorOptions? options = null, ILogger? logger = null, IPopulationEvaluator? auditor = null, IPopulationEvaluator? fallback = null) : IPopulationEvaluator
{
    private readonly ClusterEvaluatorOptions _options = options ?? new ClusterEvaluatorOptions();
    private readonly WorkerWatch _watch = new(grains, options ?? new ClusterEvaluatorOptions());
    private long _local;
    private readonly ILogger _logger = logger ?? NullLogger.Instance;
    private long _resent;
    private long _duplicates;
    private long _rejected;
    private static readonly TimeSpan StragglerPoll = TimeSpan.FromMilliseconds(250);

    /// <summary>Attempts started beyond the first one of each batch, since creation.</summary>
    public long Resent => Interlocked.Read(ref _resent);

    /// <summary>Results that arrived for batches that already had one, since creation.</summary>
    public long Duplicates => Interlocked.Read(ref _duplicates);

    /// <summary>Replies refused by the coordinator's checks (wrong shape, non-finite or inconsistent scores), since creation.</summary>
    public long Rejected => Interlocked.Read(ref _rejected);

    /// <summary>Batches scored on the coordinator because no worker was left, since creation.</summary>
    public long ScoredLocally => Interlocked.Read(ref _local);

    /// <inheritdoc />
    public async ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var fitness = new GenomeFitness[request.Genomes.Count];
        if (fitness.Length == 0)
        {
            return fitness;
        }

        var ledger = new BatchLedger(fitness, _options.BatchSizeFor(fitness.Length));
        var weights = new double[request.Weights.Count];
        for (int i = 0; i < weights.Length; i++)
        {
            weights[i] = request.Weights[i];
        }

        var context = new GenerationContext(request.TaskName, weights, request.Reps, request.EpisodeSeedBase, (int)request.Mode);
        var progress = new GenerationProgress(ledger);
        _watch.Progress();
        if (_watch.Gone && await _watch.ProbeAsync().ConfigureAwait(false))
        {
            // Still no worker since the last generation: do not wait a quiet period again.
            await ScoreLocallyAsync(request, ledger, Enumerable.Range(0, ledger.BatchCount), cancellationToken).ConfigureAwait(false);
            await AuditAsync(request, fitness, cancellationToken).ConfigureAwait(false);
            return fitness;
        }

        var batches = new Task[ledger.BatchCount];
        for (int b = 0; b < batches.Length; b++)
        {
            var batch = new EvaluationBatch(EvaluationBatch.CurrentSchemaVersion, b, context,
                BatchCodec.EncodeGenomes(request.Genomes, ledger.Start(b), ledger.Count(b)));
            batches[b] = RunBatchAsync(batch, request, progress, cancellationToken);
        }

        await Task.WhenAll(batches).ConfigureAwait(false);
        await AuditAsync(request, fitness, cancellationToken).ConfigureAwait(false);
        return fitness;
    }

    private async Task AuditAsync(EvaluationRequest request, GenomeFitness[] fitness, CancellationToken cancellationToken)
    {
        if (auditor is null || _options.AuditGenomes <= 0)
        {
            return;
        }

        // A seeded sample: the same genomes for the same request, whatever the number of workers.
        int count = Math.Min(_options.AuditGenomes, fitness.Length);
        var rng = new Wann.Environments.Randomness.Xoshiro256(Wann.Environments.Randomness.SeedMixer.Mix(request.EpisodeSeedBase, 0xA0D17UL));
        for (int k = 0; k < count; k++)
        {
            int i = (int)(rng.NextUInt64() % (ulong)fitness.Length);
            var one = request with { Genomes = [request.Genomes[i]] };
            GenomeFitness local = (await auditor.EvaluateAsync(one, cancellationToken).ConfigureAwait(false))[0];
            if (!ResultCheck.Same(local, fitness[i]))
            {
                throw new ClusterResultException(
                    $"The cluster's result for genome {i} (mean {fitness[i].Mean}, max {fitness[i].Max}) differs from the coordinator's own evaluation (mean {local.Mean}, max {local.Max}); " +
                    "evaluation is deterministic, so a worker returned a wrong or forged result. Stopping: check the workers (they must run this Wann version with the same plug-ins).");
            }
        }
    }

    private async Task RunBatchAsync(EvaluationBatch batch, EvaluationRequest request, GenerationProgress progress, CancellationToken cancellationToken)
    {
        BatchLedger ledger = progress.Ledger;
        var pending = new List<Task<BatchResult>>();
        Exception? last = null;
        for (int attempt = 0; attempt < _options.MaxAttempts; attempt++)
        {
            if (attempt > 0)
            {
                Interlocked.Increment(ref _resent);
                _logger.LogWarning("Re-sending batch {BatchId} (attempt {Attempt}): {Reason}", batch.BatchId, attempt + 1, last?.Message ?? "timed out");
            }

            // A fresh key means a fresh activation, placed anew on one of the silos alive now.
            pending.Add(grains.GetGrain<IEvaluationGrain>(Guid.NewGuid()).EvaluateAsync(batch));
            using var deadlineCancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            Task deadline = Task.Delay(_options.AttemptTimeout, deadlineCancel.Token);
            long started = Stopwatch.GetTimestamp();
            try
            {
                while (pending.Count > 0)
                {
                    var waitSet = new List<Task>(pending) { deadline, Task.Delay(StragglerPoll, deadlineCancel.Token) };
                    Task first = await Task.WhenAny(waitSet).ConfigureAwait(false);
                    cancellationToken.ThrowIfCancellationRequested();
                    if (first == deadline)
                    {
                        last = new TimeoutException($"no answer within {_options.AttemptTimeout.TotalSeconds:0.#} s");
                        break;
                    }

                    if (first is not Task<BatchResult>)
                    {
                        if (await _watch.AllGoneAsync().ConfigureAwait(false))
                        {
                            await ScoreLocallyAsync(request, ledger, [batch.BatchId], cancellationToken).ConfigureAwait(false);
                            return;
                        }

                        TimeSpan running = Stopwatch.GetElapsedTime(started);
                        if (progress.IsStraggler(running, _options))
                        {
                            last = new TimeoutException($"straggler: running {running.TotalSeconds:0.#} s, slowest finished batch took {progress.Slowest.TotalSeconds:0.##} s");
                            break;
                        }

                        continue;
                    }

                    var call = (Task<BatchResult>)first;
                    pending.Remove(call);
                    if (call.IsCompletedSuccessfully)
                    {
                        Genome[] sent = [.. request.Genomes.Skip(ledger.Start(batch.BatchId)).Take(ledger.Count(batch.BatchId))];
                        if (ResultCheck.Problem(call.Result, batch.BatchId, sent) is string problem)
                        {
                            // Not accepted: re-sent to a fresh activation (placed anew), and the worker is named in the log.
                            Interlocked.Increment(ref _rejected);
                            _logger.LogWarning("Rejected the reply of worker {Silo} for batch {BatchId}: {Problem}", call.Result?.Silo ?? "?", batch.BatchId, problem);
                            last = new InvalidDataException($"worker {call.Result?.Silo ?? "?"} replied with a bad result: {problem}");
                            continue;
                        }

                        progress.RecordFinished(Stopwatch.GetElapsedTime(started));
                        _watch.Progress();
                        Accept(call.Result, ledger);
                        ObserveLateCopies(pending, ledger, request);
                        return;
                    }

                    last = call.Exception?.GetBaseException() ?? new TaskCanceledException();
                }
            }
            finally
            {
                await deadlineCancel.CancelAsync().ConfigureAwait(false);
            }

            if (await _watch.AllGoneAsync(attemptFailed: pending.Count == 0).ConfigureAwait(false))
            {
                await ScoreLocallyAsync(request, ledger, [batch.BatchId], cancellationToken).ConfigureAwait(false);
                return;
            }

            if (pending.Count == 0)
            {
                await Task.Delay(_options.RetryDelay, cancellationToken).ConfigureAwait(false);
            }
        }

        throw new InvalidOperationException($"Batch {batch.BatchId} failed {_options.MaxAttempts} times; last error: {last?.Message}", last);
    }

    private async Task ScoreLocallyAsync(EvaluationRequest request, BatchLedger ledger, IEnumerable<int> batchIds, CancellationToken cancellationToken)
    {
        IPopulationEvaluator? local = fallback ?? auditor;
        if (_options.WhenWorkersGone == WorkersGoneAction.Stop || local is null)
        {
            throw new ClusterWorkersGoneException(
                "Every worker left the cluster (none answered and the membership lists none), so the run stopped. Its folder keeps the last checkpoint: " +
                "start workers and continue with `wann resume RUN_DIR --cluster SPEC`, or resume without --cluster to finish on this machine.");
        }

        foreach (int batchId in batchIds)
        {
            if (ledger.IsDone(batchId))
            {
                continue;
            }

            _logger.LogWarning("No worker is left: scoring batch {BatchId} ({Count} genomes) on the coordinator", batchId, ledger.Count(batchId));
            // Fitness does not depend on where a genome is scored: the local result is the one a worker would have sent.
            var part = request with { Genomes = [.. request.Genomes.Skip(ledger.Start(batchId)).Take(ledger.Count(batchId))] };
            GenomeFitness[] scores = await local.EvaluateAsync(part, cancellationToken).ConfigureAwait(false);
            if (ledger.TryAcceptLocal(batchId, scores))
            {
                Interlocked.Increment(ref _local);
            }
        }
    }

    private void Accept(BatchResult result, BatchLedger ledger)
    {
        if (!ledger.TryAccept(result))
        {
            Interlocked.Increment(ref _duplicates);
        }
    }

    private void ObserveLateCopies(List<Task<BatchResult>> late, BatchLedger ledger, EvaluationRequest request)
    {
        // Older attempts may still answer; their results are offered to the ledger, which ignores them.
        foreach (Task<BatchResult> call in late)
        {
            _ = call.ContinueWith(t =>
            {
                if (t.IsCompletedSuccessfully && t.Result is not null && t.Result.BatchId >= 0 && t.Result.BatchId < ledger.BatchCount
                    && ResultCheck.Problem(t.Result, t.Result.BatchId, [.. request.Genomes.Skip(ledger.Start(t.Result.BatchId)).Take(ledger.Count(t.Result.BatchId))]) is null)
                {
                    Accept(t.Result, ledger);
                }
            }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }
}
