using Wann.Pruning.Training;
using Wann.Files;

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
        var f = new JsonFields();
        PruningStudyJson c = JsonBinding.Deserialize(json, PruningJsonContext.Default.PruningStudyJson, file, f, lenient: true);
        if (c.Data is not ("mnist784" or "mnist256"))
        {
            f.Problem("$.data", $"\"{c.Data}\"", "mnist784 or mnist256");
        }

        var methods = new List<PruningMethod>();
        if (c.Methods is not { Count: > 0 })
        {
            f.Problem("$.methods", c.Methods is null ? "nothing" : "[]", $"a non-empty list of: {string.Join(", ", Methods.Keys)}");
        }
        else
        {
            for (int i = 0; i < c.Methods.Count; i++)
            {
                if (Methods.TryGetValue(c.Methods[i], out PruningMethod method))
                {
                    methods.Add(method);
                }
                else
                {
                    f.Problem($"$.methods[{i}]", $"\"{c.Methods[i]}\"", $"one of: {string.Join(", ", Methods.Keys)}");
                }
            }
        }

        for (int i = 0; i < c.Hidden.Count; i++)
        {
            f.InRange($"$.hidden[{i}]", c.Hidden[i], 1, 100_000);
        }

        if (c.Optimizer is not ("adam" or "sgd"))
        {
            f.Problem("$.optimizer", $"\"{c.Optimizer}\"", "adam or sgd");
        }

        if (c.Scope is not ("layer" or "global"))
        {
            f.Problem("$.scope", $"\"{c.Scope}\"", "layer or global");
        }

        for (int i = 0; i < c.Densities.Count; i++)
        {
            f.InRange($"$.densities[{i}]", c.Densities[i], 1e-9, 1);
        }

        f.InRange("$.learningRate", c.LearningRate, 1e-9, 10);
        f.InRange("$.batch", c.Batch, 1, 10_000);
        f.InRange("$.iterations", c.Iterations, 1, 10_000_000);
        f.InRange("$.seed", c.Seed, 0, long.MaxValue);
        f.InRange("$.threads", c.Threads, 0, 1024);
        f.InRange("$.rounds", c.Rounds, 0, 200);
        f.InRange("$.rate", c.Rate, 0, 0.99);
        f.InRange("$.outputRate", c.OutputRate, 0, 0.99);
        f.InRange("$.synflowIterations", c.SynflowIterations, 1, 10_000);
        f.InRange("$.scoreExamples", c.ScoreExamples, 1, 60_000);
        f.InRange("$.trainExamples", c.TrainExamples, 0, 60_000);
        if (f.InRange("$.rewindIteration", c.RewindIteration, 0, 10_000_000) && c.RewindIteration >= c.Iterations)
        {
            f.Problem("$.rewindIteration", c.RewindIteration.ToString(System.Globalization.CultureInfo.InvariantCulture), $"a step before the end of training (< iterations = {c.Iterations})");
        }

        if (f.Problems.Count > 0)
        {
            throw new InputFileException(file, f.Problems);
        }

        var training = new TrainingSettings(c.Optimizer == "sgd" ? OptimizerKind.Sgd : OptimizerKind.Adam, c.LearningRate, c.Batch, c.Iterations, (ulong)c.Seed, c.Threads);
        string name = c.Name ?? Path.GetFileNameWithoutExtension(file);
        return [.. methods.Select(method => new PruningStudySettings(
            name, method, c.Data, c.Hidden, training, c.Rounds, c.Rate, c.OutputRate, c.Scope == "global", c.RewindIteration, c.Densities,
            c.SynflowIterations, c.ShuffledControl, c.ScoreExamples, c.TrainExamples, training.Seed))];
    }
}
