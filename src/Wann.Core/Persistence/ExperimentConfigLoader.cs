using System.Globalization;
using System.Text.Json;
using Wann.Core.Activation;
using Wann.Core.Evolution;
using Wann.Core.Plugins;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Tasks;

namespace Wann.Core.Persistence;

/// <summary>
/// Loads and validates experiment configs up front: unknown fields, wrong types and out-of-range
/// values are all reported together, each with the file, the JSON path, the value and what was
/// expected, before anything runs.
/// </summary>
public static class ExperimentConfigLoader
{
    private static readonly string[] KnownFields =
    [
        "name", "description", "task", "seed", "generations", "population", "reps", "weights", "initEnable",
        "probMoo", "cullRatio", "eliteRatio", "tournamentSize", "mutation", "hiddenActivations",
        "outputActivation", "championReps", "crowding", "complexity", "checkpointEvery", "recurrent", "mode", "neat",
        "plugins",
    ];

    private static readonly (string Name, SearchMode Value, string Meaning)[] ModeChoices =
    [
        ("wann", SearchMode.Wann, "weight agnostic search"),
        ("neat", SearchMode.Neat, "classic NEAT with evolved weights"),
    ];

    private static readonly (string Name, CrowdingNormalization Value, string Meaning)[] CrowdingChoices =
    [
        ("range", CrowdingNormalization.Range, "NSGA-II"),
        ("reference", CrowdingNormalization.Reference, "the WANN reference's normalisation quirk"),
    ];

    private static readonly (string Name, ComplexityObjective Value, string Meaning)[] ComplexityChoices =
    [
        ("connections", ComplexityObjective.Connections, "rank on fewer connections"),
        ("inverse", ComplexityObjective.InverseConnections, "the WANN reference's 1/connections"),
    ];

    private static readonly string[] MutationFields = ["addConnection", "addNode", "enableConnection", "changeActivation"];

    private static readonly string[] NeatFields =
    [
        "weightMutation", "weightPerturb", "weightSigma", "weightCap", "addNode", "addConnection", "crossover",
        "interspeciesMating", "excessCoefficient", "disjointCoefficient", "weightCoefficient",
        "compatibilityThreshold", "targetSpecies", "stagnationGenerations", "survivalThreshold",
    ];

    /// <summary>Loads a config file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The file is missing, not JSON, or has problems.</exception>
    public static ExperimentConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such config file.");
        }

        string defaultName = Path.GetFileNameWithoutExtension(path);
        return Parse(File.ReadAllText(path), path, defaultName);
    }

    /// <summary>Parses and validates config text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="defaultName">The experiment name when the config has none.</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The text is not JSON or has problems.</exception>
    public static ExperimentConfig Parse(string json, string file, string defaultName)
    {
        using (JsonDocument document = JsonFields.Parse(json, file, lenient: true))
        {
            JsonElement root = document.RootElement;
            var fields = new JsonFields();
            if (root.ValueKind != JsonValueKind.Object)
            {
                fields.Problem("$", JsonFields.Raw(root), "a JSON object with the experiment's fields");
                throw new InputFileException(file, fields.Problems);
            }

            fields.RejectUnknown(root, "$", KnownFields);
            var defaults = new ExperimentConfig { Name = defaultName };

            // Plug-ins first: the task may be one of theirs.
            IReadOnlyList<string> plugins = LoadPlugins(root, fields, file);
            string task = fields.String(root, "$", "task", defaults.Task);
            if (!TaskRegistry.Contains(task))
            {
                fields.Problem("$.task", $"\"{task}\"", $"one of the tasks: {string.Join(", ", TaskRegistry.Names)}");
            }

            var config = new ExperimentConfig
            {
                Name = fields.String(root, "$", "name", defaultName),
                Task = task,
                Plugins = plugins,
                Seed = (ulong)fields.Integer(root, "$", "seed", (long)defaults.Seed, 0, long.MaxValue),
                Generations = (int)fields.Integer(root, "$", "generations", defaults.Generations, 1, 10_000_000),
                Population = (int)fields.Integer(root, "$", "population", defaults.Population, 2, 10_000_000),
                Reps = (int)fields.Integer(root, "$", "reps", defaults.Reps, 1, 100_000),
                Weights = ReadWeights(root, fields, defaults.Weights),
                InitEnable = fields.Number(root, "$", "initEnable", defaults.InitEnable, 0, 1),
                ProbMoo = fields.Number(root, "$", "probMoo", defaults.ProbMoo, 0, 1),
                CullRatio = fields.Number(root, "$", "cullRatio", defaults.CullRatio, 0, 0.99),
                EliteRatio = fields.Number(root, "$", "eliteRatio", defaults.EliteRatio, 0, 1),
                TournamentSize = (int)fields.Integer(root, "$", "tournamentSize", defaults.TournamentSize, 1, 10_000),
                Mutation = ReadMutation(root, fields, defaults.Mutation),
                HiddenActivations = ReadActivations(root, fields, defaults.HiddenActivations),
                OutputActivation = ReadActivationName(root, fields, "outputActivation", defaults.OutputActivation),
                ChampionReps = (int)fields.Integer(root, "$", "championReps", defaults.ChampionReps, 1, 100_000),
                Crowding = ReadChoice(root, fields, "crowding", defaults.Crowding, CrowdingChoices),
                Complexity = ReadChoice(root, fields, "complexity", defaults.Complexity, ComplexityChoices),
                CheckpointEvery = (int)fields.Integer(root, "$", "checkpointEvery", defaults.CheckpointEvery, 0, int.MaxValue),
                Recurrent = ReadBoolean(root, fields, "recurrent", defaults.Recurrent),
                Mode = ReadChoice(root, fields, "mode", defaults.Mode, ModeChoices),
                Neat = ReadNeat(root, fields, defaults.Neat),
            };

            if (fields.Problems.Count > 0)
            {
                throw new InputFileException(file, fields.Problems);
            }

            return config;
        }
    }

    // "plugins": ["a.dll", ...], relative to the config file; each is loaded (its tasks registered) right away.
    private static IReadOnlyList<string> LoadPlugins(JsonElement root, JsonFields fields, string file)
    {
        if (!root.TryGetProperty("plugins", out JsonElement array))
        {
            return [];
        }

        if (array.ValueKind != JsonValueKind.Array)
        {
            fields.Problem("$.plugins", JsonFields.Raw(array), "an array of plug-in assembly paths (relative to the config file)");
            return [];
        }

        string folder = Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory();
        var paths = new List<string>();
        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string at = $"$.plugins[{i++}]";
            if (item.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(item.GetString()))
            {
                fields.Problem(at, JsonFields.Raw(item), "a plug-in assembly path (relative to the config file)");
                continue;
            }

            string path = Path.GetFullPath(Path.Combine(folder, item.GetString()!));
            try
            {
                PluginLoader.Load(path);
                paths.Add(path);
            }
            catch (PluginLoadException e)
            {
                fields.Problem(at, JsonFields.Raw(item), $"a loadable plug-in ({e.Message})");
            }
        }

        return paths;
    }

    /// <summary>Serialises a config (all fields, resolved) as indented JSON, the form written to a run folder.</summary>
    /// <param name="config">The config.</param>
    /// <returns>JSON text that <see cref="Parse"/> reads back to an equal config.</returns>
    public static string ToJson(ExperimentConfig config)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("name", config.Name);
            w.WriteString("task", config.Task);
            if (config.Plugins.Count > 0)
            {
                // Absolute paths: the config is copied into run folders and checkpoints, away from the original file.
                w.WriteStartArray("plugins");
                foreach (string plugin in config.Plugins)
                {
                    w.WriteStringValue(plugin);
                }

                w.WriteEndArray();
            }

            w.WriteString("mode", NameOf(ModeChoices, config.Mode));
            w.WriteNumber("seed", config.Seed);
            w.WriteNumber("generations", config.Generations);
            w.WriteNumber("population", config.Population);
            w.WriteNumber("reps", config.Reps);
            w.WriteStartArray("weights");
            foreach (double weight in config.Weights)
            {
                w.WriteNumberValue(weight);
            }

            w.WriteEndArray();
            w.WriteNumber("initEnable", config.InitEnable);
            w.WriteNumber("probMoo", config.ProbMoo);
            w.WriteNumber("cullRatio", config.CullRatio);
            w.WriteNumber("eliteRatio", config.EliteRatio);
            w.WriteNumber("tournamentSize", config.TournamentSize);
            w.WriteStartObject("mutation");
            w.WriteNumber("addConnection", config.Mutation.AddConnection);
            w.WriteNumber("addNode", config.Mutation.AddNode);
            w.WriteNumber("enableConnection", config.Mutation.EnableConnection);
            w.WriteNumber("changeActivation", config.Mutation.ChangeActivation);
            w.WriteEndObject();
            w.WriteStartArray("hiddenActivations");
            foreach (string name in config.HiddenActivations)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
            w.WriteString("outputActivation", config.OutputActivation);
            w.WriteNumber("championReps", config.ChampionReps);
            w.WriteString("crowding", NameOf(CrowdingChoices, config.Crowding));
            w.WriteString("complexity", NameOf(ComplexityChoices, config.Complexity));
            w.WriteNumber("checkpointEvery", config.CheckpointEvery);
            w.WriteBoolean("recurrent", config.Recurrent);
            NeatSettings n = config.Neat;
            w.WriteStartObject("neat");
            w.WriteNumber("weightMutation", n.WeightMutation);
            w.WriteNumber("weightPerturb", n.WeightPerturb);
            w.WriteNumber("weightSigma", n.WeightSigma);
            w.WriteNumber("weightCap", n.WeightCap);
            w.WriteNumber("addNode", n.AddNode);
            w.WriteNumber("addConnection", n.AddConnection);
            w.WriteNumber("crossover", n.Crossover);
            w.WriteNumber("interspeciesMating", n.InterspeciesMating);
            w.WriteNumber("excessCoefficient", n.ExcessCoefficient);
            w.WriteNumber("disjointCoefficient", n.DisjointCoefficient);
            w.WriteNumber("weightCoefficient", n.WeightCoefficient);
            w.WriteNumber("compatibilityThreshold", n.CompatibilityThreshold);
            w.WriteNumber("targetSpecies", n.TargetSpecies);
            w.WriteNumber("stagnationGenerations", n.StagnationGenerations);
            w.WriteNumber("survivalThreshold", n.SurvivalThreshold);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static double[] ReadWeights(JsonElement root, JsonFields fields, IReadOnlyList<double> fallback)
    {
        if (!root.TryGetProperty("weights", out JsonElement e))
        {
            return [.. fallback];
        }

        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
        {
            fields.Problem("$.weights", JsonFields.Raw(e), "a non-empty array of numbers (the shared weight values)");
            return [.. fallback];
        }

        var weights = new List<double>();
        int i = 0;
        foreach (JsonElement item in e.EnumerateArray())
        {
            weights.Add(fields.NumberValue(item, $"$.weights[{i}]", 0, -1e6, 1e6));
            i++;
        }

        return [.. weights];
    }

    private static MutationProbabilities ReadMutation(JsonElement root, JsonFields fields, MutationProbabilities fallback)
    {
        if (!root.TryGetProperty("mutation", out JsonElement e))
        {
            return fallback;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("$.mutation", JsonFields.Raw(e), "an object with addConnection, addNode, enableConnection, changeActivation");
            return fallback;
        }

        fields.RejectUnknown(e, "$.mutation", MutationFields);
        var p = new MutationProbabilities(
            fields.Number(e, "$.mutation", "addConnection", fallback.AddConnection, 0, 1),
            fields.Number(e, "$.mutation", "addNode", fallback.AddNode, 0, 1),
            fields.Number(e, "$.mutation", "enableConnection", fallback.EnableConnection, 0, 1),
            fields.Number(e, "$.mutation", "changeActivation", fallback.ChangeActivation, 0, 1));
        if (Math.Abs(p.Total - 1.0) > 1e-9)
        {
            fields.Problem("$.mutation", $"probabilities summing to {p.Total.ToString(CultureInfo.InvariantCulture)}", "four probabilities that sum to 1");
        }

        return p;
    }

    private static string[] ReadActivations(JsonElement root, JsonFields fields, IReadOnlyList<string> fallback)
    {
        if (!root.TryGetProperty("hiddenActivations", out JsonElement e))
        {
            return [.. fallback];
        }

        if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
        {
            fields.Problem("$.hiddenActivations", JsonFields.Raw(e), "a non-empty array of activation names");
            return [.. fallback];
        }

        var names = new List<string>();
        int i = 0;
        foreach (JsonElement item in e.EnumerateArray())
        {
            string path = $"$.hiddenActivations[{i++}]";
            if (item.ValueKind != JsonValueKind.String || !ActivationFunctions.TryParse(item.GetString(), out ActivationFunction f))
            {
                fields.Problem(path, JsonFields.Raw(item), $"an activation name ({KnownActivations()})");
                continue;
            }

            string name = ActivationFunctions.NameOf(f);
            if (names.Contains(name))
            {
                fields.Problem(path, JsonFields.Raw(item), "each activation listed once");
                continue;
            }

            names.Add(name);
        }

        return [.. names];
    }

    private static string ReadActivationName(JsonElement root, JsonFields fields, string property, string fallback)
    {
        string name = fields.String(root, "$", property, fallback);
        if (!ActivationFunctions.TryParse(name, out ActivationFunction f))
        {
            fields.Problem($"$.{property}", $"\"{name}\"", $"an activation name ({KnownActivations()})");
            return fallback;
        }

        return ActivationFunctions.NameOf(f);
    }

    private static NeatSettings ReadNeat(JsonElement root, JsonFields fields, NeatSettings d)
    {
        if (!root.TryGetProperty("neat", out JsonElement e))
        {
            return d;
        }

        if (e.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("$.neat", JsonFields.Raw(e), "an object of NEAT settings");
            return d;
        }

        const string p = "$.neat";
        fields.RejectUnknown(e, p, NeatFields);
        return new NeatSettings
        {
            WeightMutation = fields.Number(e, p, "weightMutation", d.WeightMutation, 0, 1),
            WeightPerturb = fields.Number(e, p, "weightPerturb", d.WeightPerturb, 0, 1),
            WeightSigma = fields.Number(e, p, "weightSigma", d.WeightSigma, 0, 1e6),
            WeightCap = fields.Number(e, p, "weightCap", d.WeightCap, 1e-9, 1e6),
            AddNode = fields.Number(e, p, "addNode", d.AddNode, 0, 1),
            AddConnection = fields.Number(e, p, "addConnection", d.AddConnection, 0, 1),
            Crossover = fields.Number(e, p, "crossover", d.Crossover, 0, 1),
            InterspeciesMating = fields.Number(e, p, "interspeciesMating", d.InterspeciesMating, 0, 1),
            ExcessCoefficient = fields.Number(e, p, "excessCoefficient", d.ExcessCoefficient, 0, 1e6),
            DisjointCoefficient = fields.Number(e, p, "disjointCoefficient", d.DisjointCoefficient, 0, 1e6),
            WeightCoefficient = fields.Number(e, p, "weightCoefficient", d.WeightCoefficient, 0, 1e6),
            CompatibilityThreshold = fields.Number(e, p, "compatibilityThreshold", d.CompatibilityThreshold, 1e-9, 1e6),
            TargetSpecies = (int)fields.Integer(e, p, "targetSpecies", d.TargetSpecies, 0, 100_000),
            StagnationGenerations = (int)fields.Integer(e, p, "stagnationGenerations", d.StagnationGenerations, 1, int.MaxValue),
            SurvivalThreshold = fields.Number(e, p, "survivalThreshold", d.SurvivalThreshold, 1e-9, 1),
        };
    }

    private static bool ReadBoolean(JsonElement root, JsonFields fields, string name, bool fallback)
    {
        if (!root.TryGetProperty(name, out JsonElement e))
        {
            return fallback;
        }

        if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            fields.Problem($"$.{name}", JsonFields.Raw(e), "true or false");
            return fallback;
        }

        return e.GetBoolean();
    }

    /// <summary>Reads a field that names one of a few choices; an unknown name is reported with every choice explained.</summary>
    private static T ReadChoice<T>(JsonElement root, JsonFields fields, string field, T fallback, (string Name, T Value, string Meaning)[] choices)
        where T : struct, Enum
    {
        string name = fields.String(root, "$", field, NameOf(choices, fallback));
        foreach ((string Name, T Value, string Meaning) choice in choices)
        {
            if (choice.Name == name)
            {
                return choice.Value;
            }
        }

        fields.Problem($"$.{field}", $"\"{name}\"", string.Join(" or ", choices.Select(c => $"\"{c.Name}\" ({c.Meaning})")));
        return fallback;
    }

    private static string NameOf<T>((string Name, T Value, string Meaning)[] choices, T value)
        where T : struct, Enum
    {
        foreach ((string Name, T Value, string Meaning) choice in choices)
        {
            if (EqualityComparer<T>.Default.Equals(choice.Value, value))
            {
                return choice.Name;
            }
        }

        throw new ArgumentOutOfRangeException(nameof(value), value, "No name for this value.");
    }

    private static string KnownActivations() =>
        string.Join(", ", Enum.GetValues<ActivationFunction>().Select(ActivationFunctions.NameOf));
}
