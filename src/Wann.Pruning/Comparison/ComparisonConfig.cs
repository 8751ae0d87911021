using System.Text.Json;
using Wann.Core.Persistence;
using Wann.Pruning.Studies;
using Wann.Pruning.Training;

namespace Wann.Pruning.Comparison;

/// <summary>
/// Reads a <c>wann compare</c> config: <c>name</c>, <c>description</c>, <c>wann</c> (genome files),
/// <c>pruning</c> (points.csv files), and <c>matched</c> (<c>methods</c>, <c>hidden</c>, <c>iterations</c>,
/// <c>batch</c>, <c>learningRate</c>, <c>rounds</c>, <c>seed</c>). Relative paths are relative to the
/// working directory, like every other path a command takes.
/// </summary>
public static class ComparisonConfig
{
    private static readonly string[] Fields = ["name", "description", "wann", "pruning", "matched"];
    private static readonly string[] MatchedFields = ["methods", "hidden", "iterations", "batch", "learningRate", "rounds", "seed"];

    /// <summary>Loads and checks a config.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The settings.</returns>
    /// <exception cref="InputFileException">The file is missing or has problems.</exception>
    public static ComparisonSettings Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such comparison config.");
        }

        using JsonDocument document = JsonFields.Parse(File.ReadAllText(path), path, lenient: true);
        JsonElement root = document.RootElement;
        var f = new JsonFields();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputFileException(path, [$"$: found {JsonFields.Raw(root)}, expected an object"]);
        }

        f.RejectUnknown(root, "$", Fields);
        string name = f.String(root, "$", "name", Path.GetFileNameWithoutExtension(path));
        List<string> wann = Strings(root, "wann", f, mustExist: true);
        List<string> pruning = Strings(root, "pruning", f, mustExist: true);
        if (wann.Count == 0)
        {
            f.Problem("$.wann", "no genome files", "at least one WANN champion genome file");
        }

        var methods = new List<PruningMethod>();
        var hidden = new List<int> { 300, 100 };
        var training = new TrainingSettings(Iterations: 5000);
        int rounds = 5;
        ulong seed = 1;
        if (root.TryGetProperty("matched", out JsonElement m))
        {
            if (m.ValueKind != JsonValueKind.Object)
            {
                f.Problem("$.matched", JsonFields.Raw(m), "an object");
            }
            else
            {
                f.RejectUnknown(m, "$.matched", MatchedFields);
                foreach (string method in Strings(m, "methods", f, mustExist: false, path: "$.matched"))
                {
                    PruningStudySettings? parsed = TryMethod(method);
                    if (parsed is null)
                    {
                        f.Problem("$.matched.methods", $"\"{method}\"", "magnitude, obd, lottery-ticket, synflow, snip or random");
                    }
                    else
                    {
                        methods.Add(parsed.Method);
                    }
                }

                if (m.TryGetProperty("hidden", out JsonElement h) && h.ValueKind == JsonValueKind.Array)
                {
                    hidden = [.. h.EnumerateArray().Select((e, i) => (int)f.NumberValue(e, $"$.matched.hidden[{i}]", 1, 1, 100_000))];
                }

                training = new TrainingSettings(
                    OptimizerKind.Adam,
                    f.Number(m, "$.matched", "learningRate", 1.2e-3, 1e-9, 10),
                    (int)f.Integer(m, "$.matched", "batch", 60, 1, 10_000),
                    (int)f.Integer(m, "$.matched", "iterations", 5000, 1, 10_000_000),
                    (ulong)f.Integer(m, "$.matched", "seed", 1, 0, long.MaxValue));
                rounds = (int)f.Integer(m, "$.matched", "rounds", 5, 1, 100);
                seed = training.Seed;
            }
        }

        if (f.Problems.Count > 0)
        {
            throw new InputFileException(path, f.Problems);
        }

        return new ComparisonSettings(name, wann, pruning, methods, hidden, training, rounds, seed);
    }

    private static PruningStudySettings? TryMethod(string method)
    {
        try
        {
            return PruningStudyConfig.Parse($$"""{ "methods": ["{{method}}"] }""", "method").Single();
        }
        catch (InputFileException)
        {
            return null;
        }
    }

    private static List<string> Strings(JsonElement obj, string name, JsonFields f, bool mustExist, string path = "$")
    {
        var values = new List<string>();
        if (!obj.TryGetProperty(name, out JsonElement list))
        {
            return values;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            f.Problem($"{path}.{name}", JsonFields.Raw(list), "a list of strings");
            return values;
        }

        int i = 0;
        foreach (JsonElement e in list.EnumerateArray())
        {
            if (e.ValueKind != JsonValueKind.String)
            {
                f.Problem($"{path}.{name}[{i}]", JsonFields.Raw(e), "a string");
            }
            else if (mustExist && !File.Exists(e.GetString()))
            {
                f.Problem($"{path}.{name}[{i}]", $"\"{e.GetString()}\"", "an existing file");
            }
            else
            {
                values.Add(e.GetString()!);
            }

            i++;
        }

        return values;
    }
}
