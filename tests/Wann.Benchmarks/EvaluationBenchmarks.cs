using BenchmarkDotNet.Attributes;
using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Benchmarks;

/// <summary>One genome's full shared-weight evaluation (6 weights x 3 reps) and one whole paper-config generation.</summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private static readonly double[] Weights = [-2, -1, -0.5, 0.5, 1, 2];
    private readonly GenomeEvaluator _evaluator = new();
    private Genome _genome = null!;
    private WannTask _task = null!;
    private LocalPopulationEvaluator _population = null!;
    private EvaluationRequest _generation = null!;
    private ulong _seed;

    [GlobalSetup]
    public void Setup()
    {
        _genome = BenchmarkGenomes.PaperSwingUpChampion();
        _task = TaskRegistry.Get("swingup");
        _population = new LocalPopulationEvaluator(0);
        var genomes = Enumerable.Repeat(_genome, new ExperimentConfig().Population).ToArray();
        _generation = new EvaluationRequest("swingup", genomes, Weights, 3, 1);
    }

    [GlobalCleanup]
    public void Cleanup() => _population.Dispose();

    [Benchmark(Description = "one genome: 6 weights x 3 reps, 1 thread")]
    public double OneGenome() => _evaluator.Evaluate(_genome, _task, Weights, 3, _seed++, WeightMode.Shared).Mean;

    [Benchmark(Description = "one generation: 192 genomes, all cores")]
    public async Task<double> OneGeneration() => (await _population.EvaluateAsync(_generation with { EpisodeSeedBase = _seed++ }))[0].Mean;
}
