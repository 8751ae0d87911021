using Wann.Cluster.Messages;

namespace Wann.Cluster.Grains;

/// <summary>Scores one batch of genomes on whichever silo placement chose for the grain.</summary>
public interface IEvaluationGrain : IGrainWithGuidKey
{
    /// <summary>Scores every genome of <paramref name="batch"/> with the silo's local evaluator.</summary>
    /// <param name="batch">The batch.</param>
    /// <returns>The batch's fitness values, keyed by its batch id.</returns>
    /// <remarks>
    /// The response timeout is raised well past Orleans' 30 s default because a large batch of long episodes may
    /// take minutes; the coordinator has its own, shorter, per-attempt deadline after which it re-sends the batch.
    /// </remarks>
    [ResponseTimeout("00:30:00")]
    Task<BatchResult> EvaluateAsync(EvaluationBatch batch);
}
