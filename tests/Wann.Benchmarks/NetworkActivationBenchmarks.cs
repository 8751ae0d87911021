using BenchmarkDotNet.Attributes;
using Wann.Core.Benchmarking;
using Wann.Core.Genomes;
using Wann.Core.Networks;

namespace Wann.Benchmarks;

/// <summary>One activation of a champion-sized network (52 connections, 22 hidden): all 18 lanes at once vs 18 scalar activations.</summary>
[MemoryDiagnoser]
public class NetworkActivationBenchmarks
{
    private const int Lanes = 18;
    private static readonly double[] Weights = [-2, -1, -0.5, 0.5, 1, 2, -2, -1, -0.5, 0.5, 1, 2, -2, -1, -0.5, 0.5, 1, 2];
    private readonly double[] _inputs = new double[5 * Lanes];
    private readonly double[] _outputs = new double[Lanes];
    private readonly double[] _scalarInputs = new double[5];
    private readonly double[] _scalarOutput = new double[1];
    private LaneNetwork _lanes = null!;
    private ScalarNetwork _scalar = null!;

    [GlobalSetup]
    public void Setup()
    {
        Genome genome = BenchmarkGenomes.PaperSwingUpChampion();
        _lanes = new LaneNetwork(Lanes);
        _lanes.LoadShared(genome.Program, Weights);
        _scalar = new ScalarNetwork(genome.Program);
        for (int i = 0; i < _inputs.Length; i++)
        {
            _inputs[i] = Math.Sin(i);
        }
    }

    [Benchmark(Baseline = true, Description = "scalar, 18 activations")]
    public double Scalar()
    {
        double sum = 0;
        for (int lane = 0; lane < Lanes; lane++)
        {
            for (int k = 0; k < 5; k++)
            {
                _scalarInputs[k] = _inputs[(k * Lanes) + lane];
            }

            _scalar.Activate(_scalarInputs, Weights[lane], _scalarOutput);
            sum += _scalarOutput[0];
        }

        return sum;
    }

    [Benchmark(Description = "lanes, one activation of 18 lanes")]
    public double Lanes18()
    {
        _lanes.Activate(_inputs, _outputs);
        return _outputs[0];
    }
}
