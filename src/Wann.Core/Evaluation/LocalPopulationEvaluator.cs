using Wann.Core.Tasks;

namespace Wann.Core.Evaluation;

/// <summary>
/// Evaluates a batch of genomes on this machine's cores. Genomes are handed to worker threads
/// dynamically (<see cref="Parallel.For(int, int, ParallelOptions, Action{int})"/>), each thread with
/// its own reused <see cref="GenomeEvaluator"/>.
/// </summary>
/// <remarks>
/// Results are written by genome index and every episode's randomness comes from the request, so the
/// output does not depend on the number of threads or on scheduling.
/// </remarks>
public sealed class LocalPopulationEvaluator : IPopulationEvaluator, IDisposable
{
    private readonly ThreadLocal<GenomeEvaluator> _evaluators = new(() => new GenomeEvaluator());

    /// <summary>Creates the evaluator.</summary>
    /// <param name="threads">Degree of parallelism; 0 or less means all cores.</param>
    public LocalPopulationEvaluator(int threads = 0)
    {
        Threads = threads > 0 ? threads : Environment.ProcessorCount;
    }

    /// <summary>Gets the degree of parallelism.</summary>
    public int Threads { get; }

    /// <inheritdoc/>
    public ValueTask<GenomeFitness[]> EvaluateAsync(EvaluationRequest request, CancellationToken cancellationToken = default)
    {
        WannTask task = TaskRegistry.Get(request.TaskName);
        var results = new GenomeFitness[request.Genomes.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Threads, CancellationToken = cancellationToken };
        Parallel.For(0, results.Length, options, i =>
        {
            results[i] = _evaluators.Value!.Evaluate(
                request.Genomes[i], task, request.Weights, request.Reps, request.EpisodeSeedBase, request.Mode);
        });
        return ValueTask.FromResult(results);
    }

    /// <inheritdoc/>
    public void Dispose() => _evaluators.Dispose();
}
