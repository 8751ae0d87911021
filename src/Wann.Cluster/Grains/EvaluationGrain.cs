using Orleans.Placement;
using Wann.Cluster.Messages;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Cluster.Grains;

/// <summary>
/// Evaluation grain: decodes a batch and scores it with the silo's shared evaluator (a
/// <see cref="LocalPopulationEvaluator"/> on all the silo's cores, registered by <c>AddWannWorker</c>).
/// </summary>
/// <remarks>
/// Not a stateless worker: those run on the calling silo, which would keep every batch on the coordinator's side.
/// The coordinator gives every attempt a fresh grain key, and random placement puts each fresh activation on any
/// live silo, so batches spread over the cluster and a silo that joins mid-run receives work from the next batch
/// on. The activation deactivates after its one call.
/// </remarks>
/// <param name="evaluator">The silo's evaluator.</param>
/// <param name="silo">Details of the hosting silo, for the result's provenance.</param>
[RandomPlacement]
public sealed class EvaluationGrain(IPopulationEvaluator evaluator, ILocalSiloDetails silo) : Grain, IEvaluationGrain
{
    /// <inheritdoc />
    public async Task<BatchResult> EvaluateAsync(EvaluationBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.SchemaVersion != EvaluationBatch.CurrentSchemaVersion)
        {
            throw new NotSupportedException(
                $"Batch schema version {batch.SchemaVersion} is not supported by this worker (it reads version {EvaluationBatch.CurrentSchemaVersion}).");
        }

        GenerationContext context = batch.Context;
        if (!TaskCatalog.Default.Contains(context.TaskName))
        {
            // A plug-in task: the worker loads plug-ins only when told (`wann worker --plugin X.dll`).
            throw new NotSupportedException(
                $"This worker has no task '{context.TaskName}' (known: {string.Join(", ", TaskCatalog.Default.Names)}); start it with `wann worker --plugin <plug-in .dll>`.");
        }

        Genome[] genomes = BatchCodec.DecodeGenomes(batch.Genomes);
        var request = new EvaluationRequest(context.TaskName, genomes, context.Weights, context.Reps, context.EpisodeSeedBase, (WeightMode)context.Mode);

        // The rollouts block their threads for the whole batch: run them on the thread pool, off the grain's turn.
        GenomeFitness[] fitness = await Task.Run(() => evaluator.EvaluateAsync(request).AsTask()).ConfigureAwait(true);
        DeactivateOnIdle();
        return BatchCodec.EncodeResult(batch.BatchId, fitness, silo.SiloAddress.ToString());
    }
}
