namespace Wann.Core.Evaluation;

/// <summary>
/// An evaluation backend: a batch of genomes in, fitness out. The local multi-core evaluator and the
/// cluster evaluator implement it, and must give bit-identical results for the same request.
/// </summary>
public interface IPopulationEvaluator
{
    /// <summary>Evaluates every genome of the request.</summary>
    /// <param name="request">The batch.</param>
    /// <param name="cancellationToken">Cancels the evaluation.</param>
    /// <returns>One fitness per genome, in request order.</returns>
    ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default);
}
