namespace Wann.Export.Onnx;

/// <summary>The names of the weight and state tensors, renamed when an observation or action already has the name.</summary>
internal sealed class SpecialNames
{
    public SpecialNames(ExportedNetwork network)
    {
        var taken = new HashSet<string>(network.InputNames.Concat(network.OutputNames), StringComparer.Ordinal);
        Weight = Free(OnnxExporter.WeightInput, taken);
        State = Free(OnnxExporter.StateInput, taken);
        StateOut = Free(OnnxExporter.StateOutput, taken);
    }

    public string Weight { get; }

    public string State { get; }

    public string StateOut { get; }

    private static string Free(string name, HashSet<string> taken)
    {
        string candidate = name;
        while (!taken.Add(candidate))
        {
            candidate = "wann_" + candidate;
        }

        return candidate;
    }
}
