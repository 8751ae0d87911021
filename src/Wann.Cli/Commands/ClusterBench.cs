using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Spectre.Console;
using Wann.Cluster.Hosting;
using Wann.Cluster;
using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;

namespace Wann.Cli.Commands;

/// <summary>
/// <c>wann bench TASK --cluster SPEC</c>: time per paper-config generation (192 genomes, six shared weights, three
/// episodes each) through the cluster's workers beside the local evaluator in this process.
/// </summary>
internal static class ClusterBench
{
    private const int Population = 192;
    private const int Reps = 3;
    private static readonly double[] Weights = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    public static async Task<int> RunAsync(string taskName, ClusterSpec spec, int generations, int threads, bool json)
    {

        WannTask task = TaskRegistry.Get(taskName);
        Genome[] genomes = Generation(task);
        using var local = new LocalPopulationEvaluator(threads);
        (IPopulationEvaluator remote, IDisposable owner) = EvaluatorFactory.Create(new LocalPopulationEvaluator(1), spec);
        using (owner)
        {
            // One untimed generation each: JIT and first connections on every worker.
            await local.EvaluateAsync(Request(taskName, genomes, generation: 0)).ConfigureAwait(false);
            await remote.EvaluateAsync(Request(taskName, genomes, generation: 0)).ConfigureAwait(false);

            var localTimes = new double[generations];
            var clusterTimes = new double[generations];
            for (int g = 0; g < generations; g++)
            {
                EvaluationRequest request = Request(taskName, genomes, g + 1);
                long start = Stopwatch.GetTimestamp();
                GenomeFitness[] expected = await local.EvaluateAsync(request).ConfigureAwait(false);
                localTimes[g] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                start = Stopwatch.GetTimestamp();
                GenomeFitness[] actual = await remote.EvaluateAsync(request).ConfigureAwait(false);
                clusterTimes[g] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                EnsureIdentical(expected, actual, g + 1);
            }

            double localMs = Median(localTimes);
            double clusterMs = Median(clusterTimes);
            double overhead = (clusterMs / localMs) - 1.0;
            if (json)
            {
                Console.WriteLine(JsonSerializer.Serialize(new
                {
                    task = taskName,
                    cluster = spec.ToString(),
                    population = Population,
                    generations,
                    localThreads = local.Threads,
                    localMsPerGeneration = localMs,
                    clusterMsPerGeneration = clusterMs,
                    overhead,
                    identical = true,
                }));
                return 0;
            }

            AnsiConsole.MarkupLineInterpolated($"[bold]wann bench {taskName} --cluster {spec}[/]: {Population} genomes ({genomes[0].EnabledConnectionCount} connections), {Weights.Length} weights × {Reps} episodes, median of {generations} generations");
            var table = new Table().AddColumns("evaluator", "ms / generation");
            table.AddRow($"local ({local.Threads} threads, this process)", Ms(localMs));
            table.AddRow($"cluster {spec}", Ms(clusterMs));
            AnsiConsole.Write(table);
            AnsiConsole.MarkupLineInterpolated($"cluster overhead: {overhead * 100:+0.0;-0.0}% (fitness identical bit for bit in every generation)");
            return 0;
        }
    }

    private static Genome[] Generation(WannTask task)
    {
        // Swing-up: the paper's champion, which keeps the pole up for all 1000 steps, so every episode runs in full
        // (a late-search generation). Other tasks: networks of 20-50 connections.
        var distinct = new Genome[31];
        for (int i = 0; i < distinct.Length; i++)
        {
            int connections = 20 + i;
            distinct[i] = task.Name == "swingup"
                ? BenchmarkGenomes.PaperSwingUpChampion()
                : BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: Math.Max(4, connections / 3), connections);
        }

        var genomes = new Genome[Population];
        for (int i = 0; i < genomes.Length; i++)
        {
            genomes[i] = distinct[i % distinct.Length];
        }

        return genomes;
    }

    private static EvaluationRequest Request(string task, Genome[] genomes, int generation) =>
        new(task, genomes, Weights, Reps, SeedMixer.Mix(20190605, (ulong)generation));

    private static void EnsureIdentical(GenomeFitness[] expected, GenomeFitness[] actual, int generation)
    {
        for (int i = 0; i < expected.Length; i++)
        {
            if (BitConverter.DoubleToInt64Bits(expected[i].Mean) != BitConverter.DoubleToInt64Bits(actual[i].Mean))
            {
                throw new InvalidOperationException($"generation {generation}, genome {i}: cluster fitness {actual[i].Mean:R} differs from local {expected[i].Mean:R}");
            }
        }
    }

    private static double Median(double[] values) => MathNet.Numerics.Statistics.Statistics.Median(values);

    private static string Ms(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
}
