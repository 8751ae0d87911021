using Wann.Core.Evaluation;

namespace Wann.Cluster.Tests;

/// <summary>A silo's evaluator that, once armed, never answers the first batch it gets on a non-primary silo.</summary>
internal sealed class StallingEvaluator(LocalPopulationEvaluator inner, SiloAddress silo, StallGate gate) : IPopulationEvaluator
{
    public async ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        if (gate.TryStall(silo))
        {
            await Task.Delay(Timeout.Infinite, gate.Release);
        }

        return await inner.EvaluateAsync(request, cancellationToken);
    }
}
