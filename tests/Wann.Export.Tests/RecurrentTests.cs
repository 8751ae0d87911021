using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Persistence;
using Xunit.Abstractions;

namespace Wann.Export.Tests;

/// <summary>A recurrent genome exported as one synchronous step, driven for 1,000 steps with its state fed back.</summary>
public sealed class RecurrentTests(ITestOutputHelper output)
{
    private const int Steps = 1000;
    private const int Sequences = 8;

    [Theory]
    [InlineData(ExportPrecision.Float64, 1e-12)]
    [InlineData(ExportPrecision.Float32, 1e-5)]
    [InlineData(ExportPrecision.Float32Throughout, 1e-5)]
    public void RecurrentStepMatchesScalarNetworkOverAThousandSteps(ExportPrecision precision, double tolerance)
    {
        Genome genome = TestGenomes.Recurrent(seed: 4);
        Assert.True(genome.IsRecurrent);
        var network = ExportedNetwork.From(new GenomeDocument(genome, "recurrent", new Dictionary<string, double>()));
        using var runner = new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions { Precision = precision }), precision);
        int computed = genome.Program.Activations.Length;
        Assert.Contains(Onnx.OnnxExporter.StateInput, runner.InputNames);
        Assert.Contains(Onnx.OnnxExporter.StateOutput, runner.OutputNames);

        double worst = 0.0;
        foreach (double w in new[] { -1.0, -0.5, 0.5, 1.0 })
        {
            var scalars = Enumerable.Range(0, Sequences).Select(_ => new ScalarNetwork(genome.Program)).ToArray();
            var state = new double[Sequences * computed];
            var random = new Random(21);
            var x = new double[genome.InputCount];
            var y = new double[genome.OutputCount];
            for (int t = 0; t < Steps; t++)
            {
                double[][] columns = Agreement.RandomColumns(genome.InputCount, Sequences, random.Next(), 2.0, precision != ExportPrecision.Float64);
                var feeds = new List<(string, double[], long[])>();
                for (int i = 0; i < genome.InputCount; i++)
                {
                    feeds.Add((network.InputNames[i], columns[i], [Sequences]));
                }

                feeds.Add((Onnx.OnnxExporter.WeightInput, [w], [1]));
                feeds.Add((Onnx.OnnxExporter.StateInput, state, [Sequences, computed]));
                Dictionary<string, double[]> result = runner.Run(feeds);
                state = result[Onnx.OnnxExporter.StateOutput];
                for (int s = 0; s < Sequences; s++)
                {
                    for (int i = 0; i < x.Length; i++)
                    {
                        x[i] = columns[i][s];
                    }

                    scalars[s].Activate(x, w, y);
                    for (int o = 0; o < y.Length; o++)
                    {
                        double d = Agreement.Difference(result[network.OutputNames[o]][s], y[o]);
                        if (d > tolerance && worst <= tolerance)
                        {
                            output.WriteLine($"first difference over tolerance: w={w}, step {t}, sequence {s}, output {o}: {result[network.OutputNames[o]][s]:R} vs {y[o]:R}");
                        }

                        worst = Math.Max(worst, d);
                    }
                }
            }
        }

        output.WriteLine($"recurrent, {precision}: largest difference over {Steps} steps {worst:E2}");
        Assert.InRange(worst, 0.0, tolerance);
    }
}
