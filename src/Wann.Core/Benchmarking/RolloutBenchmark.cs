using System.Diagnostics;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;

namespace Wann.Core.Benchmarking;

/// <summary>
/// Measures rollout throughput the way <c>wann bench</c> reports it: the fast lane path on N threads
/// (each thread evaluating whole genomes: every weight value × rep as lanes) against the scalar path on
/// one thread (one episode at a time).
/// </summary>
public static class RolloutBenchmark
{
    /// <summary>Runs the benchmark.</summary>
    /// <param name="task">The task (a control task for the scalar baseline).</param>
    /// <param name="genome">The network to run.</param>
    /// <param name="weights">Shared weight values.</param>
    /// <param name="reps">Episodes per weight value.</param>
    /// <param name="threads">Threads for the fast path.</param>
    /// <param name="seconds">Measuring time per path (after a warm-up).</param>
    /// <returns>The figures.</returns>
    public static RolloutBenchmarkResult Run(WannTask task, Genome genome, IReadOnlyList<double> weights, int reps, int threads, double seconds)
    {
        int lanes = weights.Count * reps;

        // Fast path: every thread evaluates the genome over and over on fresh episode seeds.
        MeasureFast(task, genome, weights, reps, threads, Math.Min(1.0, seconds / 4)); // warm-up (JIT, tiering)
        (long steps, long evaluations, double elapsed) = MeasureFast(task, genome, weights, reps, threads, seconds);

        double scalarSteps = double.NaN;
        double scalarEvaluations = double.NaN;
        if (task is ControlTask control)
        {
            MeasureScalar(control, genome, weights, reps, Math.Min(1.0, seconds / 4));
            (long s, long e, double t) = MeasureScalar(control, genome, weights, reps, seconds);
            scalarSteps = s / t;
            scalarEvaluations = e / t;
        }

        return new RolloutBenchmarkResult(task.Name, threads, genome.EnabledConnectionCount, genome.HiddenNodeCount, lanes,
            steps / elapsed, evaluations / elapsed, scalarSteps, scalarEvaluations);
    }

    private static (long Steps, long Evaluations, double Seconds) MeasureFast(WannTask task, Genome genome, IReadOnlyList<double> weights, int reps, int threads, double seconds)
    {
        var steps = new long[threads];
        var evaluations = new long[threads];
        var clock = Stopwatch.StartNew();
        var workers = new Thread[threads];
        for (int t = 0; t < threads; t++)
        {
            int id = t;
            workers[t] = new Thread(() =>
            {
                var evaluator = new GenomeEvaluator();
                TaskRunner runner = evaluator.RunnerFor(task, weights.Count * reps);
                long before = runner.LaneSteps;
                ulong k = 0;
                while (clock.Elapsed.TotalSeconds < seconds)
                {
                    evaluator.Evaluate(genome, task, weights, reps, SeedMixer.Mix((ulong)id, k++), WeightMode.Shared);
                    evaluations[id]++;
                }

                steps[id] = runner.LaneSteps - before;
            });
            workers[t].Start();
        }

        foreach (Thread w in workers)
        {
            w.Join();
        }

        return (steps.Sum(), evaluations.Sum(), clock.Elapsed.TotalSeconds);
    }

    private static (long Steps, long Evaluations, double Seconds) MeasureScalar(ControlTask task, Genome genome, IReadOnlyList<double> weights, int reps, double seconds)
    {
        var episode = new ScalarEpisode(task);
        var network = new ScalarNetwork(genome.Program);
        long evaluations = 0;
        ulong k = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            ulong seedBase = SeedMixer.Mix(99, k++);
            for (int r = 0; r < reps; r++)
            {
                ulong seed = EpisodeSeeds.ForRep(seedBase, r);
                foreach (double w in weights)
                {
                    episode.Run(network, w, seed);
                }
            }

            evaluations++;
        }

        return (episode.Steps, evaluations, clock.Elapsed.TotalSeconds);
    }
}
