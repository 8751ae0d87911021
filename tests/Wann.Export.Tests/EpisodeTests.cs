using Wann.Core.Evaluation;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments;
using Xunit.Abstractions;

namespace Wann.Export.Tests;

/// <summary>Episodes whose actions come from ONNX Runtime score what Wann's evaluator scores on the same seeds.</summary>
/// <remarks>Cart-pole and double pole score exactly the same. Swing-up at w = ±2 is chaotic: a last-bit difference in an
/// action (ONNX Runtime's exp is not Wann's) gives another episode (606 against 625 at w = −2 on one seed), so swing-up is held to
/// 1e-5 (3.6e-7 seen) at |w| ≤ 1 only and compared output by output in <see cref="OnnxAgreementTests"/>. With float32
/// actions (a relative 6e-8 rounding per step) swing-up's score moves by 2.7e-3, so that case is held to 1e-2.</remarks>
public sealed class EpisodeTests(ITestOutputHelper output)
{
    private const ulong SeedBase = 1234;
    private const int Reps = 3;

    [Theory]
    [InlineData("cartpole-champion.json", ExportPrecision.Float64, 2.0, 0.0)]
    [InlineData("cartpole-champion.json", ExportPrecision.Float32, 2.0, 0.0)]
    [InlineData("doublepole-champion.json", ExportPrecision.Float64, 2.0, 0.0)]
    [InlineData("swingup-champion.json", ExportPrecision.Float64, 1.0, 1e-5)]
    [InlineData("swingup-champion.json", ExportPrecision.Float32, 1.0, 1e-2)]
    public void OnnxDrivenEpisodeScoresAsTheEvaluator(string file, ExportPrecision precision, double largestWeight, double tolerance)
    {
        GenomeDocument document = Champions.Load(file);
        var task = (ControlTask)TaskRegistry.Get(document.Task);
        double[] weights = [.. Agreement.DefaultWeights.Where(w => Math.Abs(w) <= largestWeight)];
        GenomeFitness fitness = new GenomeEvaluator().Evaluate(document.Genome, task, weights, Reps, SeedBase, WeightMode.Shared);

        var network = ExportedNetwork.From(document);
        using var runner = new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions { Precision = precision }), precision);
        double worst = 0.0;
        for (int k = 0; k < weights.Length; k++)
        {
            double sum = 0.0;
            for (int r = 0; r < Reps; r++)
            {
                sum += Episode(runner, network, task, weights[k], EpisodeSeeds.ForRep(SeedBase, r));
            }

            double score = sum / Reps;
            double expected = fitness.PerWeightMean[k];
            output.WriteLine($"w={weights[k]}: ONNX {score:R}, evaluator {expected:R}");
            worst = Math.Max(worst, Math.Abs(score - expected) / Math.Max(1.0, Math.Abs(expected)));
        }

        output.WriteLine($"{file} {precision}: largest relative score difference {worst:E2}");
        Assert.InRange(worst, 0.0, tolerance);
    }

    private static double Episode(OnnxRunner runner, ExportedNetwork network, ControlTask task, double weight, ulong seed)
    {
        IVectorEnvironment environment = task.CreateEnvironment(1);
        var observation = new double[task.Environment.ObservationSize];
        var inputs = new double[task.InputCount];
        var outputs = new double[task.OutputCount];
        var actions = new double[task.Environment.ActionSize];
        var reward = new double[1];
        environment.Reset([seed]);
        double total = 0.0;
        while (environment.RunningLaneCount > 0)
        {
            environment.WriteObservations(observation);
            task.MapObservations(observation, inputs, 1);
            var feeds = new List<(string, double[], long[])>();
            for (int i = 0; i < inputs.Length; i++)
            {
                feeds.Add((network.InputNames[i], [inputs[i]], [1]));
            }

            feeds.Add((Onnx.OnnxExporter.WeightInput, [weight], [1]));
            Dictionary<string, double[]> result = runner.Run(feeds);
            for (int o = 0; o < outputs.Length; o++)
            {
                outputs[o] = result[network.OutputNames[o]][0];
            }

            task.MapOutputs(outputs, actions, 1);
            environment.Step(actions, reward);
            total += reward[0];
        }

        return total;
    }
}
