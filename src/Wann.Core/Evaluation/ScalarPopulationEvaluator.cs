using Wann.Core.Networks;
using Wann.Core.Tasks;

namespace Wann.Core.Evaluation;

/// <summary>
/// The scalar reference backend: every episode on its own, one after another, with
/// <see cref="ScalarNetwork"/> and a one-lane environment. Far slower than
/// <see cref="LocalPopulationEvaluator"/>; it exists so tests can hold the fast path to it (same fitness to
/// 1e-5 relative, same champion) and so benchmarks have a baseline.
/// </summary>
internal sealed class ScalarPopulationEvaluator : IPopulationEvaluator
{
    /// <inheritdoc/>
    public ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        if (TaskRegistry.Get(request.TaskName) is not ControlTask task)
        {
            throw new NotSupportedException($"The scalar path runs control tasks only; {request.TaskName} is not one.");
        }

        if (request.Mode != WeightMode.Shared)
        {
            throw new NotSupportedException("The scalar path evaluates shared weights only.");
        }

        var episode = new ScalarEpisode(task);
        var results = new GenomeFitness[request.Genomes.Count];
        int weights = request.Weights.Count;
        for (int g = 0; g < results.Length; g++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var network = new ScalarNetwork(request.Genomes[g].Program);
            var perWeight = new double[weights];
            for (int w = 0; w < weights; w++)
            {
                double sum = 0.0;
                for (int r = 0; r < request.Reps; r++)
                {
                    sum += episode.Run(network, request.Weights[w], EpisodeSeeds.ForRep(request.EpisodeSeedBase, r));
                }

                perWeight[w] = sum / request.Reps;
            }

            double mean = 0.0;
            double max = double.NegativeInfinity;
            foreach (double m in perWeight)
            {
                mean += m;
                max = Math.Max(max, m);
            }

            results[g] = new GenomeFitness(mean / weights, max, perWeight, request.Genomes[g].EnabledConnectionCount, weights * request.Reps);
        }

        return ValueTask.FromResult(results);
    }
}
