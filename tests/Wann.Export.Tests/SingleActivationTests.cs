using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Xunit.Abstractions;

namespace Wann.Export.Tests;

/// <summary>Each activation function alone, one input straight into one output, over a wide range of sums.</summary>
public sealed class SingleActivationTests(ITestOutputHelper output)
{
    public static TheoryData<ActivationFunction, ExportPrecision> Cases()
    {
        var data = new TheoryData<ActivationFunction, ExportPrecision>();
        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            data.Add(f, ExportPrecision.Float32);
            data.Add(f, ExportPrecision.Float64);
            data.Add(f, ExportPrecision.Float32Throughout);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void ActivationMatchesScalarNetwork(ActivationFunction function, ExportPrecision precision)
    {
        var genome = new Genome(
            1,
            1,
            [new(0, NodeKind.Bias, ActivationFunction.Linear), new(1, NodeKind.Input, ActivationFunction.Linear), new(2, NodeKind.Output, function)],
            [new(0, 1, 2, 1.0, true)]);
        var network = ExportedNetwork.From(new GenomeDocument(genome, "single", new Dictionary<string, double>()));
        double worst = Agreement.MaxDifference(network, WeightBinding.SharedInput, precision, 10_000, seed: 5, range: 10.0);
        output.WriteLine($"{function} {precision}: {worst:E2}");
        // One activation of a sum within ±20: float32 throughout is off by float rounding only; with float64 inside,
        // only the float32 output's rounding (a relative 6e-8) remains.
        Assert.InRange(worst, 0.0, precision switch
        {
            ExportPrecision.Float32Throughout => 1e-6,
            ExportPrecision.Float32 => 1e-7,
            _ => 1e-14,
        });
    }
}
