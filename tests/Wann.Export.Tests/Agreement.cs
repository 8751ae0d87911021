using Wann.Core.Genomes;
using Wann.Core.Networks;

namespace Wann.Export.Tests;

/// <summary>Compares an exported graph, run by ONNX Runtime, with <see cref="ScalarNetwork"/> on random observations.</summary>
internal static class Agreement
{
    public static readonly double[] DefaultWeights = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    /// <summary>Sequences run side by side for a recurrent network (the samples make 1,000-step sequences at 10,000 samples).</summary>
    private const int Sequences = 10;

    /// <summary>The largest |onnx − scalar| / max(1, |scalar|) over <paramref name="samples"/> observations and every weight.</summary>
    public static double MaxDifference(ExportedNetwork network, WeightBinding binding, ExportPrecision precision, int samples, int seed, double range = 3.0)
    {
        Genome genome = network.Genome;
        // Observations enter a float32-interface graph as floats, so both paths read the same rounded values.
        double[][] columns = RandomColumns(genome.InputCount, samples, seed, range, precision != ExportPrecision.Float64);
        double worst = 0.0;

        // Own weights: a graph that is float32 throughout holds them as floats, so the scalar path gets the same rounded values.
        bool single = precision == ExportPrecision.Float32Throughout;
        double[] own = [.. genome.Program.IncomingWeight.Select(w => single ? (float)w : w)];
        double[] weights = binding == WeightBinding.Own ? [double.NaN] : DefaultWeights;
        OnnxRunner? shared = binding == WeightBinding.SharedInput
            ? new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions { Weights = binding, Precision = precision }), precision)
            : null;
        try
        {
            foreach (double w in weights)
            {
                using OnnxRunner? perWeight = shared is null
                    ? new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions { Weights = binding, FixedWeight = w, Precision = precision }), precision)
                    : null;
                OnnxRunner runner = shared ?? perWeight!;
                var feeds = new List<(string, double[], long[])>();
                if (binding == WeightBinding.SharedInput)
                {
                    feeds.Add((Onnx.OnnxExporter.WeightInput, [w], [1]));
                }

                worst = Math.Max(worst, Compare(network, runner, feeds, columns, samples, binding, w, own));
            }
        }
        finally
        {
            shared?.Dispose();
        }

        return worst;
    }

    /// <summary>
    /// Runs the samples through ONNX Runtime and the scalar network. Feed-forward: one batch of all samples. Recurrent:
    /// <see cref="Sequences"/> sequences side by side, one step per run, each step's state_out fed back as the next state.
    /// </summary>
    private static double Compare(
        ExportedNetwork network, OnnxRunner runner, List<(string, double[], long[])> fixedFeeds, double[][] columns, int samples, WeightBinding binding, double w, double[] own)
    {
        Genome genome = network.Genome;
        bool recurrent = genome.IsRecurrent;
        int batch = recurrent ? Sequences : samples;
        int computed = genome.Program.Activations.Length;
        var scalars = Enumerable.Range(0, recurrent ? batch : 1).Select(_ => new ScalarNetwork(genome.Program)).ToArray();
        var state = new double[batch * computed];
        var x = new double[genome.InputCount];
        var y = new double[genome.OutputCount];
        double worst = 0.0;
        for (int first = 0; first + batch <= samples; first += batch)
        {
            var feeds = new List<(string, double[], long[])>(fixedFeeds);
            for (int i = 0; i < genome.InputCount; i++)
            {
                feeds.Add((network.InputNames[i], columns[i][first..(first + batch)], [batch]));
            }

            if (recurrent)
            {
                feeds.Add((Onnx.OnnxExporter.StateInput, state, [batch, computed]));
            }

            Dictionary<string, double[]> result = runner.Run(feeds);
            if (recurrent)
            {
                state = result[Onnx.OnnxExporter.StateOutput];
            }

            for (int b = 0; b < batch; b++)
            {
                for (int i = 0; i < x.Length; i++)
                {
                    x[i] = columns[i][first + b];
                }

                ScalarNetwork scalar = scalars[recurrent ? b : 0];
                if (binding == WeightBinding.Own)
                {
                    scalar.ActivateWithConnectionWeights(x, own, y);
                }
                else
                {
                    scalar.Activate(x, w, y);
                }

                for (int o = 0; o < y.Length; o++)
                {
                    worst = Math.Max(worst, Difference(result[network.OutputNames[o]][b], y[o]));
                }
            }
        }

        return worst;
    }

    public static double Difference(double actual, double expected)
    {
        if (double.IsNaN(actual) && double.IsNaN(expected))
        {
            return 0.0;
        }

        double d = Math.Abs(actual - expected) / Math.Max(1.0, Math.Abs(expected));
        return double.IsNaN(d) ? double.PositiveInfinity : d;
    }

    /// <summary>Uniform observations in [−range, range], one array per input; rounded to float for a float graph so both paths read the same values.</summary>
    public static double[][] RandomColumns(int inputs, int samples, int seed, double range, bool single)
    {
        var random = new Random(seed);
        var columns = new double[inputs][];
        for (int i = 0; i < inputs; i++)
        {
            columns[i] = new double[samples];
            for (int s = 0; s < samples; s++)
            {
                double v = ((random.NextDouble() * 2.0) - 1.0) * range;
                columns[i][s] = single ? (float)v : v;
            }
        }

        return columns;
    }
}
