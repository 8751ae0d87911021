using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Files;
using Wann.Tuning;

namespace Wann.Studies;

/// <summary>
/// Reads a study suite (<c>experiments/studies/*.json</c>): every problem at once, each with its JSON path;
/// each arm's config is the base config with the arm's <c>"set"</c> merged in, validated like a config file.
/// </summary>
public static class StudySuiteLoader
{
    private static readonly string[] Fields = ["name", "description", "base", "arms", "seeds", "assessment", "success", "published"];

    /// <summary>The metric names a study records for every run (columns of <c>runs.csv</c>).</summary>
    public static readonly IReadOnlyList<string> Metrics = ["randomWeights", "randomShared", "tunedShared", "championValidated", "connections"];

    /// <summary>The metric of a study that tunes (<c>"assessment": {"tune": {...}}</c>): the champion with tuned individual weights.</summary>
    public const string TunedWeights = "tunedWeights";

    /// <summary>The metric of a study on a classification task: test accuracy (%) of the weight set's majority vote.</summary>
    public const string Ensemble = "ensemble";

    /// <summary>The metrics a study on a classification task records, in the rows of the WANN paper's MNIST table (accuracies in %).</summary>
    public static readonly IReadOnlyList<string> ClassificationMetrics = ["randomShared", Ensemble, "tunedShared", "championValidated", "connections"];

    private static IEnumerable<string> AnyMetric => Metrics.Append(TunedWeights).Append(Ensemble);

    private static readonly string[] TuneFields = ["optimizer", "generations", "population", "episodes", "sigma", "seed"];

    /// <summary>Loads a suite.</summary>
    /// <param name="path">The suite file.</param>
    /// <returns>The suite.</returns>
    /// <exception cref="InputFileException">The file or its base config has problems.</exception>
    public static StudySuite Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such study suite.");
        }

        using JsonDocument document = JsonFields.Parse(File.ReadAllText(path), path, lenient: true);
        JsonElement root = document.RootElement;
        var f = new JsonFields();
        if (root.ValueKind != JsonValueKind.Object)
        {
            f.Problem("$", JsonFields.Raw(root), "a JSON object describing the study");
            throw new InputFileException(path, f.Problems);
        }

        f.RejectUnknown(root, "$", Fields);
        string name = f.String(root, "$", "name", Path.GetFileNameWithoutExtension(path));
        string basePath = f.String(root, "$", "base", string.Empty);
        string? baseText = null;
        string baseFile = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(path))!, basePath);
        if (basePath.Length == 0)
        {
            f.Problem("$.base", "nothing", "the base experiment config, relative to the suite (e.g. \"../swingup.json\")");
        }
        else if (!File.Exists(baseFile))
        {
            f.Problem("$.base", $"\"{basePath}\"", $"an experiment config file ({baseFile} does not exist)");
        }
        else
        {
            baseText = File.ReadAllText(baseFile);
        }

        var configs = new List<(string, ExperimentConfig)>();
        if (!root.TryGetProperty("arms", out JsonElement arms) || arms.ValueKind != JsonValueKind.Array || arms.GetArrayLength() == 0)
        {
            f.Problem("$.arms", arms.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonFields.Raw(arms), "a non-empty array of {\"name\": ..., \"set\": {config fields}}");
        }
        else
        {
            int i = 0;
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (JsonElement arm in arms.EnumerateArray())
            {
                string at = $"$.arms[{i++}]";
                if (arm.ValueKind != JsonValueKind.Object)
                {
                    f.Problem(at, JsonFields.Raw(arm), "an object {\"name\": ..., \"set\": {config fields}}");
                    continue;
                }

                f.RejectUnknown(arm, at, ["name", "set"]);
                string armName = f.String(arm, at, "name", string.Empty);
                if (armName.Length == 0 || !armName.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.') || armName is "." or "..")
                {
                    f.Problem($"{at}.name", $"\"{armName}\"", "a name of letters, digits, '-', '_' or '.' (it names the arm's folder)");
                    continue;
                }

                if (!names.Add(armName))
                {
                    f.Problem($"{at}.name", $"\"{armName}\"", "each arm named once");
                    continue;
                }

                JsonObject set = arm.TryGetProperty("set", out JsonElement s) && s.ValueKind == JsonValueKind.Object
                    ? JsonNode.Parse(s.GetRawText())!.AsObject()
                    : [];
                if (arm.TryGetProperty("set", out s) && s.ValueKind != JsonValueKind.Object)
                {
                    f.Problem($"{at}.set", JsonFields.Raw(s), "an object of config fields to change");
                }

                if (baseText is null)
                {
                    continue;
                }

                try
                {
                    string merged = ConfigOverrides.Merge(baseText, set);
                    configs.Add((armName, ExperimentConfigLoader.Parse(merged, $"{path} {at} ({basePath} + set)", $"{name}-{armName}", Path.GetDirectoryName(baseFile)) with { Name = $"{name}-{armName}" }));
                }
                catch (InputFileException e)
                {
                    f.Problem(e.Message);
                }
            }
        }

        List<ulong> seeds = ReadSeeds(root, f);
        int episodes = 100;
        ulong assessmentSeed = 20_260_000;
        TuneSettings? tune = null;
        if (root.TryGetProperty("assessment", out JsonElement a))
        {
            if (a.ValueKind != JsonValueKind.Object)
            {
                f.Problem("$.assessment", JsonFields.Raw(a), "an object {\"episodes\": N, \"seed\": S, \"tune\": {...}}");
            }
            else
            {
                f.RejectUnknown(a, "$.assessment", ["episodes", "seed", "tune"]);
                episodes = (int)f.Integer(a, "$.assessment", "episodes", episodes, 1, 100_000);
                assessmentSeed = (ulong)f.Integer(a, "$.assessment", "seed", (long)assessmentSeed, 0, long.MaxValue);
                tune = ReadTune(a, f);
            }
        }

        bool classification = configs.Count > 0 && TaskCatalog.Default.TryGet(configs[0].Item2.Task, out WannTask? first) && first is ClassificationTask;
        if (configs.Any(c => TaskCatalog.Default.TryGet(c.Item2.Task, out WannTask? t) && t is ClassificationTask != classification))
        {
            f.Problem("$.arms", "arms on classification and control tasks", "every arm on the same kind of task (their metrics differ)");
        }

        if (classification && tune is not null)
        {
            f.Problem("$.assessment.tune", "a tune on a classification task", "tuning on control tasks only (wann tune scores episodes)");
        }

        Dictionary<string, double> success = ReadMetricMap(root, f, "success");
        Dictionary<string, double> published = ReadMetricMap(root, f, "published");
        if (f.Problems.Count > 0)
        {
            throw new InputFileException(path, f.Problems);
        }

        var suite = new StudySuite(name, path, configs, seeds, episodes, assessmentSeed, success, published, tune, classification);
        // A control study may name tunedWeights before it tunes (the column appears once it does); a classification
        // study records other rows, so a control-only metric there is a mistake.
        IReadOnlyList<string> possible = classification ? ClassificationMetrics : [.. Metrics, TunedWeights];
        foreach (string metric in success.Keys.Concat(published.Keys).Where(m => !possible.Contains(m)))
        {
            f.Problem($"$.{(success.ContainsKey(metric) ? "success" : "published")}.{metric}", "a metric this study does not record", $"one of: {string.Join(", ", possible)}");
        }

        if (f.Problems.Count > 0)
        {
            throw new InputFileException(path, f.Problems);
        }

        return suite;
    }

    private static TuneSettings? ReadTune(JsonElement assessment, JsonFields f)
    {
        const string At = "$.assessment.tune";
        if (!assessment.TryGetProperty("tune", out JsonElement t))
        {
            return null;
        }

        if (t.ValueKind != JsonValueKind.Object)
        {
            f.Problem(At, JsonFields.Raw(t), "an object {\"optimizer\": \"cma\", \"generations\": N, \"population\": N, \"episodes\": N, \"sigma\": S, \"seed\": S}");
            return null;
        }

        f.RejectUnknown(t, At, TuneFields);
        string optimizer = f.String(t, At, "optimizer", WeightOptimizers.Default);
        if (!WeightOptimizers.Contains(optimizer))
        {
            f.Problem($"{At}.optimizer", $"\"{optimizer}\"", $"one of: {string.Join(", ", WeightOptimizers.All.Select(o => o.Name))}");
            return null;
        }

        // Seed 0 here means "each run's own seed" (StudyRunner); any other value tunes every champion with it.
        var settings = new TuneSettings(
            optimizer,
            (int)f.Integer(t, At, "generations", TuneSettings.DefaultGenerations, 1, 1_000_000),
            (int)f.Integer(t, At, "population", TuneSettings.DefaultPopulation, 0, 100_000),
            (ulong)f.Integer(t, At, "seed", 0, 0, long.MaxValue),
            (int)f.Integer(t, At, "episodes", TuneSettings.DefaultEpisodes, 1, 100_000),
            f.Number(t, At, "sigma", TuneSettings.DefaultSigma, 1e-9, 100));
        if (settings.Problem() is string problem)
        {
            f.Problem($"{At}.{problem}");
        }

        return settings;
    }

    private static List<ulong> ReadSeeds(JsonElement root, JsonFields f)
    {
        if (!root.TryGetProperty("seeds", out JsonElement e))
        {
            f.Problem("$.seeds", "nothing", "a seed count (seeds 1..N) or an array of seeds");
            return [];
        }

        if (e.ValueKind == JsonValueKind.Number)
        {
            long n = f.Integer(root, "$", "seeds", 0, 1, 10_000);
            return [.. Enumerable.Range(1, (int)n).Select(i => (ulong)i)];
        }

        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
        {
            f.Problem("$.seeds", JsonFields.Raw(e), "a seed count (seeds 1..N) or a non-empty array of seeds");
            return [];
        }

        var seeds = new List<ulong>();
        int i = 0;
        foreach (JsonElement item in e.EnumerateArray())
        {
            string at = $"$.seeds[{i++}]";
            if (item.ValueKind != JsonValueKind.Number || !item.TryGetUInt64(out ulong seed) || seed > long.MaxValue)
            {
                f.Problem(at, JsonFields.Raw(item), "a whole number >= 0");
            }
            else if (seeds.Contains(seed))
            {
                f.Problem(at, JsonFields.Raw(item), "each seed once");
            }
            else
            {
                seeds.Add(seed);
            }
        }

        return seeds;
    }

    private static Dictionary<string, double> ReadMetricMap(JsonElement root, JsonFields f, string field)
    {
        var map = new Dictionary<string, double>(StringComparer.Ordinal);
        if (!root.TryGetProperty(field, out JsonElement e))
        {
            return map;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            f.Problem($"$.{field}", JsonFields.Raw(e), $"an object mapping metrics ({string.Join(", ", AnyMetric)}) to numbers");
            return map;
        }

        foreach (JsonProperty p in e.EnumerateObject())
        {
            string at = $"$.{field}.{p.Name}";
            if (!AnyMetric.Contains(p.Name))
            {
                f.Problem(at, JsonFields.Raw(p.Value), $"a metric: {string.Join(", ", AnyMetric)}");
                continue;
            }

            map[p.Name] = f.NumberValue(p.Value, at, 0, double.MinValue, double.MaxValue);
        }

        return map;
    }
}
