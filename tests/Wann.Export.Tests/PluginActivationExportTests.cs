using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Persistence;
using Wann.Export.Activations;

namespace Wann.Export.Tests;

/// <summary>
/// An activation function added from outside the engine (as a plug-in would: <see cref="ActivationTable.Register"/>
/// plus <see cref="ExportActivations.Register"/>) exports to ONNX and C and computes what Wann's network computes;
/// one without an export form is refused with a message that says how to add one.
/// </summary>
public sealed class PluginActivationExportTests
{
    private const ActivationFunction Softsign = (ActivationFunction)9_201;
    private const ActivationFunction NoForm = (ActivationFunction)9_202;
    private static readonly Lazy<bool> Registered = new(() =>
    {
        ActivationTable.Register(new ActivationEntry("export-softsign", Softsign, "#336699", x => x / (1.0 + Math.Abs(x))));
        ActivationTable.Register(new ActivationEntry("export-no-form", NoForm, "#996633", x => x * 0.5));
        ExportActivations.Register(new ActivationExportForm(
            Softsign,
            (g, x) => g.Op("Div", x, g.Op("Add", g.Constant(1.0), g.Op("Abs", x))),
            x => $"({x} / (1.0 + fabs({x})))"));
        return true;
    });

    [Theory]
    [InlineData(ExportPrecision.Float64, 1e-15)]
    [InlineData(ExportPrecision.Float32, 1e-7)]
    [InlineData(ExportPrecision.Float32Throughout, 1e-6)]
    public void OnnxFormMatchesTheScalarNetwork(ExportPrecision precision, double tolerance)
    {
        Assert.True(Registered.Value);
        double worst = Agreement.MaxDifference(Network(Softsign), WeightBinding.SharedInput, precision, 5_000, seed: 31, range: 10.0);
        Assert.InRange(worst, 0.0, tolerance);
    }

    [Fact]
    public void CFormMatchesTheScalarNetwork()
    {
        Assert.True(Registered.Value);
        ExportedNetwork network = Network(Softsign);
        var scalar = new ScalarNetwork(network.Genome.Program);
        var random = new Random(32);
        var rows = new List<(bool, double, double[])>();
        var expected = new List<double>();
        var y = new double[1];
        foreach (double w in Agreement.DefaultWeights)
        {
            for (int s = 0; s < 200; s++)
            {
                double[] x = [(random.NextDouble() * 20.0) - 10.0];
                scalar.Activate(x, w, y);
                rows.Add((true, w, x));
                expected.Add(y[0]);
            }
        }

        double[][] actual = CompiledC.Run(network, new ExportOptions(), rows);
        double worst = 0.0;
        for (int r = 0; r < rows.Count; r++)
        {
            worst = Math.Max(worst, Agreement.Difference(actual[r][0], expected[r]));
        }

        Assert.InRange(worst, 0.0, 1e-15);
    }

    [Fact]
    public void AFunctionWithoutAnExportFormIsRefusedWithHowToAddOne()
    {
        Assert.True(Registered.Value);
        var error = Assert.Throws<ExportException>(() => Onnx.OnnxExporter.Write(Network(NoForm), new ExportOptions()));
        Assert.Contains("\"export-no-form\" has no ONNX form", error.Message, StringComparison.Ordinal);
        Assert.Contains("ExportActivations.Register", error.Message, StringComparison.Ordinal);
        Assert.Contains("export-softsign", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AFormForAnUnknownOrAlreadyFormedFunctionIsRefused()
    {
        Assert.True(Registered.Value);
        Assert.Throws<ArgumentException>(() => ExportActivations.Register(new ActivationExportForm((ActivationFunction)9_299, (g, x) => x, x => x)));
        Assert.Throws<ArgumentException>(() => ExportActivations.Register(new ActivationExportForm(ActivationFunction.Tanh, (g, x) => x, x => x)));
    }

    private static ExportedNetwork Network(ActivationFunction function)
    {
        var genome = new Genome(
            1,
            1,
            [new(0, NodeKind.Bias, ActivationFunction.Linear), new(1, NodeKind.Input, ActivationFunction.Linear), new(2, NodeKind.Output, function)],
            [new(0, 1, 2, 1.0, true)]);
        return ExportedNetwork.From(new GenomeDocument(genome, "plugin-activation", new Dictionary<string, double>()));
    }
}
