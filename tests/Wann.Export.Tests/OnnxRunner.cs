using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace Wann.Export.Tests;

/// <summary>Runs an exported model with ONNX Runtime on a batch: one column per input, as doubles in and out.</summary>
internal sealed class OnnxRunner : IDisposable
{
    private readonly InferenceSession _session;

    /// <summary>Opens the model; each input and output is read in the element type the model declares for it.</summary>
    public OnnxRunner(byte[] model, ExportPrecision precision)
    {
        _session = new InferenceSession(model);
        Precision = precision;
    }

    /// <summary>Gets the precision the model was exported with.</summary>
    public ExportPrecision Precision { get; }

    public IReadOnlyDictionary<string, string> Metadata => _session.ModelMetadata.CustomMetadataMap;

    public IReadOnlyList<string> InputNames => _session.InputNames;

    public IReadOnlyList<string> OutputNames => _session.OutputNames;

    /// <summary>Runs the graph.</summary>
    /// <param name="inputs">Name → values; each value array with its shape.</param>
    /// <returns>Output name → values (flattened).</returns>
    public Dictionary<string, double[]> Run(IReadOnlyList<(string Name, double[] Values, long[] Shape)> inputs)
    {
        var values = new List<OrtValue>();
        try
        {
            foreach (var (name, data, shape) in inputs)
            {
                values.Add(IsDouble(_session.InputMetadata[name])
                    ? OrtValue.CreateTensorValueFromMemory(data, shape)
                    : OrtValue.CreateTensorValueFromMemory(Array.ConvertAll(data, v => (float)v), shape));
            }

            using var options = new RunOptions();
            using var results = _session.Run(options, inputs.Select(i => i.Name).ToArray(), values, _session.OutputNames);
            var outputs = new Dictionary<string, double[]>();
            int k = 0;
            foreach (OrtValue result in results)
            {
                string name = _session.OutputNames[k++];
                outputs[name] = IsDouble(_session.OutputMetadata[name])
                    ? result.GetTensorDataAsSpan<double>().ToArray()
                    : Array.ConvertAll(result.GetTensorDataAsSpan<float>().ToArray(), v => (double)v);
            }

            return outputs;
        }
        finally
        {
            foreach (OrtValue v in values)
            {
                v.Dispose();
            }
        }
    }

    public void Dispose() => _session.Dispose();

    private static bool IsDouble(NodeMetadata metadata) => metadata.ElementDataType == TensorElementType.Double;
}
