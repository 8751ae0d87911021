using BenchmarkDotNet.Attributes;
using Wann.Core.Activation;

namespace Wann.Benchmarks;

/// <summary>
/// One node's row of a wide network (1,000 images as lanes, padded to 1,008) activated in place: with the function's
/// <c>Vector&lt;double&gt;</c> form against its 512-bit form (<see cref="IWideActivationDefinition"/>), which gives the same bits.
/// </summary>
[MemoryDiagnoser]
public class ActivationRowBenchmarks
{
    private readonly double[] _source = new double[1008];
    private readonly double[] _row = new double[1008];

    /// <summary>Gets or sets the function: the costly ones of the MNIST profile.</summary>
    [Params(ActivationFunction.Tanh, ActivationFunction.Sigmoid, ActivationFunction.Gaussian, ActivationFunction.Sin)]
    public ActivationFunction Function { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(3);
        for (int i = 0; i < _source.Length; i++)
        {
            _source[i] = (random.NextDouble() * 8) - 4;
        }
    }

    [Benchmark(Baseline = true, Description = "row of 1,008 lanes, Vector<double> form")]
    public double Narrow()
    {
        _source.CopyTo(_row, 0);
        VectorActivations.ApplyInPlace(Function, _row);
        return _row[17];
    }

    [Benchmark(Description = "row of 1,008 lanes, 512-bit form")]
    public double Wide()
    {
        _source.CopyTo(_row, 0);
        VectorActivations.ApplyInPlaceWide(Function, _row);
        return _row[17];
    }
}
