using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Persistence;
using Xunit.Abstractions;

namespace Wann.Export.Tests;

/// <summary>The exported C, compiled with gcc, computes what Wann's scalar network computes.</summary>
public sealed class CExportTests(ITestOutputHelper output)
{
    // Observations go to the compiled program as text: fewer of them for wide inputs (MNIST's 256) keep the test fast.
    private const int Numbers = 200_000;
    private const double Tolerance = 1e-12;

    public static TheoryData<string> ChampionFiles => [.. Champions.Files];

    [Theory]
    [MemberData(nameof(ChampionFiles))]
    public void ChampionMatchesScalarNetworkForEveryWeight(string file)
    {
        var network = ExportedNetwork.From(Champions.Load(file));
        double worst = Compare(network, WeightBinding.SharedInput, sequenceLength: network.Genome.IsRecurrent ? 1000 : 1);
        output.WriteLine($"{file}: largest difference {worst:E2}");
        Assert.InRange(worst, 0.0, Tolerance);
    }

    [Theory]
    [InlineData(WeightBinding.SharedInput)]
    [InlineData(WeightBinding.Own)]
    [InlineData(WeightBinding.Fixed)]
    public void EveryActivationFunctionMatchesScalarNetwork(WeightBinding binding)
    {
        var document = new GenomeDocument(TestGenomes.EveryActivation(seed: 3), "every-activation", new Dictionary<string, double>());
        double worst = Compare(ExportedNetwork.From(document), binding, sequenceLength: 1);
        output.WriteLine($"every activation, {binding}: largest difference {worst:E2}");
        Assert.InRange(worst, 0.0, Tolerance);
    }

    [Fact]
    public void RecurrentNetworkMatchesOverAThousandSteps()
    {
        var document = new GenomeDocument(TestGenomes.Recurrent(seed: 4), "recurrent", new Dictionary<string, double>());
        double worst = Compare(ExportedNetwork.From(document), WeightBinding.SharedInput, sequenceLength: 1000);
        output.WriteLine($"recurrent: largest difference {worst:E2}");
        Assert.InRange(worst, 0.0, Tolerance);
    }

    /// <summary>Own and fixed weights need one build each; shared weights one build for the sweep.</summary>
    private static double Compare(ExportedNetwork network, WeightBinding binding, int sequenceLength)
    {
        Genome genome = network.Genome;
        double[] weights = binding switch
        {
            WeightBinding.Own => [0.0],
            WeightBinding.Fixed => [-2.0, 0.5], // one gcc run each
            _ => Agreement.DefaultWeights,
        };
        int samples = Math.Clamp(Numbers / (genome.InputCount * weights.Length), 200, 2000);
        double worst = 0.0;
        foreach (IReadOnlyList<double> batch in binding == WeightBinding.SharedInput ? [weights] : weights.Select(w => (IReadOnlyList<double>)[w]))
        {
            var options = new ExportOptions { Weights = binding, FixedWeight = batch[0] };
            var rows = new List<(bool, double, double[])>();
            var expected = new List<double[]>();
            foreach (double w in batch)
            {
                double[][] columns = Agreement.RandomColumns(genome.InputCount, samples, seed: 17, range: 3.0, single: false);
                var scalar = new ScalarNetwork(genome.Program);
                for (int s = 0; s < samples; s++)
                {
                    bool reset = s % sequenceLength == 0;
                    if (reset)
                    {
                        scalar.ResetState();
                    }

                    double[] x = [.. columns.Select(c => c[s])];
                    var y = new double[genome.OutputCount];
                    if (binding == WeightBinding.Own)
                    {
                        scalar.ActivateWithConnectionWeights(x, null, y);
                    }
                    else
                    {
                        scalar.Activate(x, w, y);
                    }

                    rows.Add((reset, w, x));
                    expected.Add(y);
                }
            }

            double[][] actual = CompiledC.Run(network, options, rows);
            Assert.Equal(expected.Count, actual.Length);
            for (int r = 0; r < actual.Length; r++)
            {
                for (int o = 0; o < genome.OutputCount; o++)
                {
                    worst = Math.Max(worst, Agreement.Difference(actual[r][o], expected[r][o]));
                }
            }
        }

        return worst;
    }
}
