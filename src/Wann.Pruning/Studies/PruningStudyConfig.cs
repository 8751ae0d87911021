using System.Text.Json;
using Wann.Core.Persistence;
using Wann.Pruning.Training;

namespace Wann.Pruning.Studies;

/// <summary>
/// Reads a pruning-study config (JSON): one or more methods sharing a network, a training recipe and the
/// schedule fields that apply to them. Every problem is reported with the file, its JSON path, the value
/// found and what was expected.
/// </summary>
/// <remarks>
/// Fields: <c>name</c>, <c>description</c>, <c>methods</c> (magnitude, obd, lottery-ticket, synflow, snip,
/// random), <c>data</c> (mnist784 | mnist256), <c>hidden</c> (widths), <c>optimizer</c> (adam | sgd),
/// <c>learningRate</c>, <c>batch</c>, <c>iterations</c>, <c>rounds</c>, <c>rate</c>, <c>outputRate</c>,
/// <c>scope</c> (layer | global), <c>rewindIteration</c>, <c>densities</c>, <c>synflowIterations</c>,
/// <c>shuffledControl</c>, <c>scoreExamples</c>, <c>trainExamples</c>, <c>seed</c>, <c>threads</c>.
/// </remarks>
public static class PruningStudyConfig
{
    private static readonly string[] Fields =
    [
        "name", "description", "methods", "data", "hidden", "optimizer", "learningRate", "batch", "iterations", "rounds", "rate",
        "outputRate", "scope", "rewindIteration", "densities", "synflowIterations", "shuffledControl", "scoreExamples", "trainExamples", "seed", "threads",
    ];

    private static readonly Dictionary<string, PruningMethod> Methods = new(StringComparer.Ordinal)
    {
        ["magnitude"] = PruningMethod.Magnitude,
        ["obd"] = PruningMethod.Obd,
        ["lottery-ticket"] = PruningMethod.LotteryTicket,
        ["synflow"] = PruningMethod.SynFlow,
        ["snip"] = PruningMethod.Snip,
        ["random"] = PruningMethod.Random,
    };

    /// <summary>Loads a config file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>One study per method.</returns>
    /// <exception cref="InputFileException">The file is missing or has problems.</exception>
    public static IReadOnlyList<PruningStudySettings> Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such pruning-study config.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses config text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file name for messages.</param>
    /// <returns>One study per method.</returns>
    /// <exception cref="InputFileException">The text has problems.</exception>
    public static IReadOnlyList<PruningStudySettings> Parse(string json, string file)
    {
        using JsonDocument document = JsonFields.Parse(json, file, lenient: true);
        JsonElement root = document.RootElement;
        var f = new JsonFields();
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputFileException(file, [$"$: found {JsonFields.Raw(root)}, expected an object"]);
        }

        f.RejectUnknown(root, "$", Fields);
        string name = f.String(root, "$", "name", Path.GetFileNameWithoutExtension(file));
        string data = f.String(root, "$", "data", "mnist784");
        if (data is not ("mnist784" or "mnist256"))
        {
            f.Problem("$.data", $"\"{data}\"", "mnist784 or mnist256");
        }

        var methods = new List<PruningMethod>();
        if (!root.TryGetProperty("methods", out JsonElement list) || list.ValueKind != JsonValueKind.Array || list.GetArrayLength() == 0)
        {
            f.Problem("$.methods", root.TryGetProperty("methods", out JsonElement m) ? JsonFields.Raw(m) : "nothing", $"a non-empty list of: {string.Join(", ", Methods.Keys)}");
        }
        else
        {
            int i = 0;
            foreach (JsonElement e in list.EnumerateArray())
            {
                if (e.ValueKind == JsonValueKind.String && Methods.TryGetValue(e.GetString()!, out PruningMethod method))
                {
                    methods.Add(method);
                }
                else
                {
                    f.Problem($"$.methods[{i}]", JsonFields.Raw(e), $"one of: {string.Join(", ", Methods.Keys)}");
                }

                i++;
            }
        }

        List<int> hidden = root.TryGetProperty("hidden", out _)
            ? [.. Numbers(root, "hidden", f, 1, 100_000, "a list of layer widths").Select(v => (int)v)]
            : [300, 100];

        string optimizer = f.String(root, "$", "optimizer", "adam");
        if (optimizer is not ("adam" or "sgd"))
        {
            f.Problem("$.optimizer", $"\"{optimizer}\"", "adam or sgd");
        }

        var training = new TrainingSettings(
            optimizer == "sgd" ? OptimizerKind.Sgd : OptimizerKind.Adam,
            f.Number(root, "$", "learningRate", 1.2e-3, 1e-9, 10),
            (int)f.Integer(root, "$", "batch", 60, 1, 10_000),
            (int)f.Integer(root, "$", "iterations", 50_000, 1, 10_000_000),
            (ulong)f.Integer(root, "$", "seed", 1, 0, long.MaxValue),
            (int)f.Integer(root, "$", "threads", 0, 0, 1024));
        string scope = f.String(root, "$", "scope", "layer");
        if (scope is not ("layer" or "global"))
        {
            f.Problem("$.scope", $"\"{scope}\"", "layer or global");
        }

        List<double> densities = Numbers(root, "densities", f, 1e-9, 1, "a list of densities in (0, 1]");

        int rewind = (int)f.Integer(root, "$", "rewindIteration", 0, 0, 10_000_000);
        if (rewind >= training.Iterations)
        {
            f.Problem("$.rewindIteration", rewind.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a step before the end of training (< iterations = {training.Iterations})");
        }

        if (root.TryGetProperty("shuffledControl", out JsonElement sc) && sc.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            f.Problem("$.shuffledControl", JsonFields.Raw(sc), "true or false");
        }

        var settings = new List<PruningStudySettings>();
        foreach (PruningMethod method in methods)
        {
            settings.Add(new PruningStudySettings(
                name,
                method,
                data,
                hidden,
                training,
                (int)f.Integer(root, "$", "rounds", 16, 0, 200),
                f.Number(root, "$", "rate", 0.2, 0, 0.99),
                f.Number(root, "$", "outputRate", 0.1, 0, 0.99),
                scope == "global",
                rewind,
                densities,
                (int)f.Integer(root, "$", "synflowIterations", 100, 1, 10_000),
                sc.ValueKind == JsonValueKind.True,
                (int)f.Integer(root, "$", "scoreExamples", 2000, 1, 60_000),
                (int)f.Integer(root, "$", "trainExamples", 0, 0, 60_000),
                training.Seed));
        }

        if (f.Problems.Count > 0)
        {
            throw new InputFileException(file, [.. f.Problems.Distinct()]);
        }

        return settings;
    }

    private static List<double> Numbers(JsonElement root, string name, JsonFields f, double min, double max, string expected)
    {
        var values = new List<double>();
        if (!root.TryGetProperty(name, out JsonElement list))
        {
            return values;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            f.Problem($"$.{name}", JsonFields.Raw(list), expected);
            return values;
        }

        int i = 0;
        foreach (JsonElement e in list.EnumerateArray())
        {
            values.Add(f.NumberValue(e, $"$.{name}[{i++}]", min, min, max));
        }

        return values;
    }
}
