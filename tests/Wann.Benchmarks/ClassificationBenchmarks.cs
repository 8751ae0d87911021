using BenchmarkDotNet.Attributes;
using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Benchmarks;

/// <summary>
/// MNIST-256's per-genome cost inside a generation: the six shared-weight passes over a batch of 1,000 images that
/// every genome of the generation shares (the batch is drawn once, as in a run), and the cross-entropy alone.
/// </summary>
/// <remarks>Needs the MNIST files (<c>scripts/fetch-mnist.sh</c>, or <c>WANN_MNIST_DIR</c>).</remarks>
[MemoryDiagnoser]
public class ClassificationBenchmarks
{
    private static readonly double[] Weights = [-2, -1, -0.5, 0.5, 1, 2];
    private readonly GenomeEvaluator _evaluator = new();
    private readonly double[] _outputs = new double[ClassificationTask.ClassCount * 1000];
    private readonly byte[] _labels = new byte[1000];
    private Genome _genome = null!;
    private WannTask _task = null!;

    [GlobalSetup]
    public void Setup()
    {
        _task = TaskRegistry.Get("mnist256");

        // The genome `wann bench mnist256` times: 38 hidden nodes, 233 connections, grown from a 5% start.
        _genome = BenchmarkGenomes.ChampionSized(_task.InputCount, _task.OutputCount, hidden: 38, connections: 233, initEnable: 0.05);
        var random = new Random(7);
        for (int i = 0; i < _outputs.Length; i++)
        {
            _outputs[i] = (random.NextDouble() * 8) - 4;
        }

        for (int i = 0; i < _labels.Length; i++)
        {
            _labels[i] = (byte)random.Next(10);
        }
    }

    [Benchmark(Description = "mnist256 genome: 6 weights x 1,000 images, batch kept, 1 thread")]
    public double OneGenome() => _evaluator.Evaluate(_genome, _task, Weights, 1, 12345, WeightMode.Shared).Mean;

    [Benchmark(Description = "mean cross-entropy of 1,000 images")]
    public double CrossEntropy() => ClassificationRunner.MeanCrossEntropy(_outputs, _labels, 1000);
}
