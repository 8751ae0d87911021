using Wann.Pruning.Studies;
using Wann.Pruning.Training;
using Wann.Files;

namespace Wann.Pruning.Comparison;

/// <summary>
/// Reads a <c>wann compare</c> config: <c>name</c>, <c>description</c>, <c>wann</c> (genome files),
/// <c>pruning</c> (points.csv files), and <c>matched</c> (<c>methods</c>, <c>hidden</c>, <c>iterations</c>,
/// <c>batch</c>, <c>learningRate</c>, <c>rounds</c>, <c>seed</c>). Relative paths are relative to the
/// working directory, like every other path a command takes.
/// </summary>
public static class ComparisonConfig
{
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

        var f = new JsonFields();
        ComparisonJson c = JsonBinding.Deserialize(File.ReadAllText(path), PruningJsonContext.Default.ComparisonJson, path, f, lenient: true);
        ExistingFiles(c.Wann, "$.wann", f);
        ExistingFiles(c.Pruning, "$.pruning", f);
        if (c.Wann.Count == 0)
        {
            f.Problem("$.wann", "no genome files", "at least one WANN champion genome file");
        }

        MatchedJson m = c.Matched ?? new MatchedJson();
        var methods = new List<PruningMethod>();
        foreach (string method in m.Methods)
        {
            if (TryMethod(method) is PruningStudySettings parsed)
            {
                methods.Add(parsed.Method);
            }
            else
            {
                f.Problem("$.matched.methods", $"\"{method}\"", "magnitude, obd, lottery-ticket, synflow, snip or random");
            }
        }

        for (int i = 0; i < m.Hidden.Count; i++)
        {
            f.InRange($"$.matched.hidden[{i}]", m.Hidden[i], 1, 100_000);
        }

        f.InRange("$.matched.learningRate", m.LearningRate, 1e-9, 10);
        f.InRange("$.matched.batch", m.Batch, 1, 10_000);
        f.InRange("$.matched.iterations", m.Iterations, 1, 10_000_000);
        f.InRange("$.matched.seed", m.Seed, 0, long.MaxValue);
        f.InRange("$.matched.rounds", m.Rounds, 1, 100);
        if (f.Problems.Count > 0)
        {
            throw new InputFileException(path, f.Problems);
        }

        var training = new TrainingSettings(OptimizerKind.Adam, m.LearningRate, m.Batch, m.Iterations, (ulong)m.Seed);
        return new ComparisonSettings(c.Name ?? Path.GetFileNameWithoutExtension(path), c.Wann, c.Pruning, methods, m.Hidden, training, m.Rounds, training.Seed);
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

    private static void ExistingFiles(List<string> files, string path, JsonFields f)
    {
        for (int i = 0; i < files.Count; i++)
        {
            if (!File.Exists(files[i]))
            {
                f.Problem($"{path}[{i}]", $"\"{files[i]}\"", "an existing file");
            }
        }
    }
}
