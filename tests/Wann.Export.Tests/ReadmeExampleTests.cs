using Microsoft.ML.OnnxRuntime;
using Wann.Core.Networks;

namespace Wann.Export.Tests;

/// <summary>The README's ONNX Runtime example, as written there, runs and gives Wann's answer.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeCSharpExampleRuns()
    {
        var network = ExportedNetwork.From(Champions.Load("swingup-champion.json"));
        string path = Path.Combine(Path.GetTempPath(), $"wann-readme-{Guid.NewGuid():N}.onnx");
        File.WriteAllBytes(path, Onnx.OnnxExporter.Write(network, new ExportOptions()));
        try
        {
            // --- as in the README ---
            using var session = new InferenceSession(path);
            float[] observation = [0.1f, 0.0f, -0.9f, 0.3f, -0.2f]; // x, x_dot, cos_theta, sin_theta, theta_dot
            var inputs = new Dictionary<string, OrtValue>();
            for (int i = 0; i < observation.Length; i++)
            {
                inputs[session.InputNames[i]] = OrtValue.CreateTensorValueFromMemory(new[] { observation[i] }, new long[] { 1 });
            }

            inputs["weight"] = OrtValue.CreateTensorValueFromMemory(new[] { -1.0f }, new long[] { 1 });
            using var runOptions = new RunOptions();
            using var results = session.Run(runOptions, inputs, session.OutputNames);
            float force = results[0].GetTensorDataAsSpan<float>()[0];
            string score = session.ModelMetadata.CustomMetadataMap["wann.score.validatedMean[w=-1]"];
            // --- end ---

            foreach (OrtValue v in inputs.Values)
            {
                v.Dispose();
            }

            var y = new double[1];
            new ScalarNetwork(network.Genome.Program).Activate(Array.ConvertAll(observation, v => (double)v), -1.0, y);
            Assert.Equal(y[0], force, 1e-5);
            Assert.False(string.IsNullOrEmpty(score));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
