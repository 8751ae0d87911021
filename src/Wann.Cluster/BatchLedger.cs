using Wann.Cluster.Messages;
using Wann.Core.Evaluation;

namespace Wann.Cluster;

/// <summary>
/// The results of one generation, filled batch by batch: the first result of each batch id is kept and any later
/// copy (a re-sent batch whose first attempt finished after all) is ignored.
/// </summary>
/// <param name="fitness">The generation's fitness array to fill.</param>
/// <param name="batchSize">Genomes per batch (the last batch may be shorter).</param>
public sealed class BatchLedger(GenomeFitness[] fitness, int batchSize)
{
    private readonly bool[] _done = new bool[(fitness.Length + batchSize - 1) / batchSize];
    private int _remaining = (fitness.Length + batchSize - 1) / batchSize;

    /// <summary>Number of batches of the generation.</summary>
    public int BatchCount => _done.Length;

    /// <summary>Batches still without a result.</summary>
    public int Remaining => Volatile.Read(ref _remaining);

    /// <summary>Index of the first genome of batch <paramref name="batchId"/>.</summary>
    /// <param name="batchId">Batch id.</param>
    /// <returns>The genome index.</returns>
    public int Start(int batchId) => batchId * batchSize;

    /// <summary>Number of genomes in batch <paramref name="batchId"/>.</summary>
    /// <param name="batchId">Batch id.</param>
    /// <returns>The genome count.</returns>
    public int Count(int batchId) => Math.Min(batchSize, fitness.Length - Start(batchId));

    /// <summary>Whether batch <paramref name="batchId"/> already has its result.</summary>
    /// <param name="batchId">Batch id.</param>
    /// <returns><see langword="true"/> once a result was accepted.</returns>
    public bool IsDone(int batchId)
    {
        lock (_done)
        {
            return _done[batchId];
        }
    }

    /// <summary>Accepts a batch scored on the coordinator itself, unless that batch already has a result.</summary>
    /// <param name="batchId">Batch id.</param>
    /// <param name="scores">The batch's fitness values, in genome order.</param>
    /// <returns><see langword="true"/> if accepted; <see langword="false"/> if a worker's answer came first.</returns>
    public bool TryAcceptLocal(int batchId, GenomeFitness[] scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        lock (_done)
        {
            if (_done[batchId])
            {
                return false;
            }

            scores.CopyTo(fitness, Start(batchId));
            _done[batchId] = true;
            _remaining--;
            return true;
        }
    }

    /// <summary>Accepts the result of a batch unless that batch already has one.</summary>
    /// <param name="result">The result message.</param>
    /// <returns><see langword="true"/> if accepted; <see langword="false"/> for a duplicate.</returns>
    /// <exception cref="InvalidDataException">The result does not match its batch (wrong id or size).</exception>
    public bool TryAccept(BatchResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.BatchId < 0 || result.BatchId >= _done.Length || result.Means.Length != Count(result.BatchId))
        {
            throw new InvalidDataException($"Result for batch {result.BatchId} with {result.Means.Length} genomes does not match the generation's batches.");
        }

        lock (_done)
        {
            if (_done[result.BatchId])
            {
                return false;
            }

            BatchCodec.DecodeResult(result, fitness, Start(result.BatchId));
            _done[result.BatchId] = true;
            _remaining--;
            return true;
        }
    }
}
