using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Core.Activation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Tasks;
using Wann.Files;

namespace Wann.Core.Settings;

/// <summary>
/// The fields of an experiment config (<see cref="ExperimentConfig"/>), each declared once with its meaning,
/// default and bounds. The loader, the writer of <c>config.json</c>, the check of configs built in code,
/// <c>wann validate --schema</c> and the README's field table are all made from this list.
/// </summary>
public static class ExperimentSettings
{
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

    /// <summary>Gets the table, in the order <c>config.json</c> is written.</summary>
    public static SettingsTable<ExperimentConfig> Table { get; } = new(
    [
        Setting<ExperimentConfig>.Text("name", "The experiment's name; run folders are named after it.", () => "a name: letters, digits, '.', '-' or '_', not a path", AcceptName, c => c.Name, (c, v) => c with { Name = v }),
        Plugins(),
        Setting<ExperimentConfig>.Text("task", "The task (a registered name; plug-ins add their own).", () => $"one of the tasks: {string.Join(", ", TaskRegistry.Names)}", t => TaskRegistry.Contains(t) ? t : null, c => c.Task, (c, v) => c with { Task = v }),
        Setting<ExperimentConfig>.Text("mode", "The search algorithm (see Search modes); plug-ins add their own with SearchAlgorithms.Register.", () => string.Join(" or ", SearchAlgorithms.All.Select(a => $"\"{a.Name}\" ({a.Description})")), m => SearchAlgorithms.Contains(m) ? m : null, c => c.Mode, (c, v) => c with { Mode = v }),
        Setting<ExperimentConfig>.Unsigned("seed", "The run seed; every random stream derives from it.", c => c.Seed, (c, v) => c with { Seed = v }),
        Setting<ExperimentConfig>.Whole("generations", "Number of generations.", 1, 10_000_000, c => c.Generations, (c, v) => c with { Generations = (int)v }),
        Setting<ExperimentConfig>.Whole("population", "Population size.", 2, 10_000_000, c => c.Population, (c, v) => c with { Population = (int)v }),
        Setting<ExperimentConfig>.Whole("reps", "Episodes per weight value per genome and generation (the reference's nReps).", 1, 100_000, c => c.Reps, (c, v) => c with { Reps = (int)v }),
        Weights(),
        Setting<ExperimentConfig>.Number("initEnable", "Probability that each initial input-to-output connection is enabled.", 0, 1, c => c.InitEnable, (c, v) => c with { InitEnable = v }),
        Setting<ExperimentConfig>.Number("probMoo", "Probability of ranking on (mean, fewer connections) rather than (mean, max).", 0, 1, c => c.ProbMoo, (c, v) => c with { ProbMoo = v }),
        Setting<ExperimentConfig>.Number("cullRatio", "Fraction of worst-ranked genomes removed from the parent pool.", 0, 0.99, c => c.CullRatio, (c, v) => c with { CullRatio = v }),
        Setting<ExperimentConfig>.Number("eliteRatio", "Fraction of the remaining pool copied unchanged into the next generation.", 0, 1, c => c.EliteRatio, (c, v) => c with { EliteRatio = v }),
        Setting<ExperimentConfig>.Whole("tournamentSize", "Tournament size for parent selection.", 1, 10_000, c => c.TournamentSize, (c, v) => c with { TournamentSize = (int)v }),
        Mutation(),
        HiddenActivations(),
        Setting<ExperimentConfig>.Text("outputActivation", "The outputs' activation (the reference keeps outputs linear).", () => $"an activation name ({KnownActivations()})", NormaliseActivation, c => c.OutputActivation, (c, v) => c with { OutputActivation = v }),
        Setting<ExperimentConfig>.Whole("championReps", "Episodes per weight value used to validate a champion candidate.", 1, 100_000, c => c.ChampionReps, (c, v) => c with { ChampionReps = (int)v }),

        // Written only when chosen, so configs and checkpoints of default runs keep their bytes.
        Setting<ExperimentConfig>.Text("ranking", "How WANN mode ranks a generation: nsga2 (NSGA-II on (mean, complexity) with chance probMoo, else (mean, max); honours crowding and complexity), reference (the same with the reference's 1/connections and crowding quirk), mean (mean fitness only), or one registered with RankingStrategies.Register; its name for each generation is the metrics' ranked_on.", () => string.Join(" or ", RankingStrategies.All.Select(a => $"\"{a.Name}\" ({a.Description})")), r => RankingStrategies.Contains(r) ? r : null, c => c.Ranking, (c, v) => c with { Ranking = v }, c => c.Ranking != RankingStrategies.Default),
        Setting<ExperimentConfig>.Choice("crowding", "How NSGA-II crowding distances are normalised.", CrowdingChoices, c => c.Crowding, (c, v) => c with { Crowding = v }),
        Setting<ExperimentConfig>.Choice("complexity", "The form of the complexity objective.", ComplexityChoices, c => c.Complexity, (c, v) => c with { Complexity = v }),
        Setting<ExperimentConfig>.Whole("checkpointEvery", "Checkpoint every this many generations (0: only when the run stops).", 0, int.MaxValue, c => c.CheckpointEvery, (c, v) => c with { CheckpointEvery = (int)v }),
        Setting<ExperimentConfig>.Switch("recurrent", "Whether genomes may grow cycles (one synchronous update per step).", c => c.Recurrent, (c, v) => c with { Recurrent = v }),
        Speciation.TopologySpeciationSettingsTable.Field(),
        DiversitySettingsTable.Field(),
        Restarts.RestartSettingsTable.Field(),
        Neat(),
    ],
    "description");

    /// <summary>Lists the problems of a config built in code (or read), phrased as the loader phrases them.</summary>
    /// <param name="config">The config.</param>
    /// <returns>One message per problem; empty when valid.</returns>
    public static IReadOnlyList<string> Problems(ExperimentConfig config) => Table.Problems(config, "$");

    /// <summary>Throws when a config built in code breaks a declared bound (a loaded config was checked already).</summary>
    /// <param name="config">The config.</param>
    /// <exception cref="ArgumentException">Every problem, one per line.</exception>
    public static void EnsureValid(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        IReadOnlyList<string> problems = Problems(config);
        if (problems.Count > 0)
        {
            throw new ArgumentException($"Invalid experiment config '{config.Name}':{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}", nameof(config));
        }
    }

    /// <summary>Gets the JSON Schema (draft 2020-12) of experiment configs, for editors (<c>wann validate --schema</c>).</summary>
    /// <returns>The schema, indented.</returns>
    public static string Schema()
    {
        JsonSchemaNode schema = Table.Schema("A Wann experiment config.");
        schema.Dialect = "https://json-schema.org/draft/2020-12/schema";
        schema.Title = "Wann experiment config";
        using var buffer = new MemoryStream();

        // Relaxed escaping: the schema is read by people and editors, not embedded in HTML.
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            JsonSerializer.Serialize(w, schema, SettingsJsonContext.Default.JsonSchemaNode);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Gets the README's field table (Markdown), made from the declarations.</summary>
    /// <returns>The table.</returns>
    public static string MarkdownTable()
    {
        var defaults = new ExperimentConfig();
        return "| field | default | allowed | meaning |\n|---|---|---|---|\n"
            + Table.MarkdownRows(defaults)
            + NeatSettingsTable.Table.MarkdownRows(defaults.Neat, "neat.");
    }

    private static string? AcceptName(string name) =>
        name.Length is > 0 and <= 200 && name is not ("." or "..") && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_') ? name : null;

    private static string? NormaliseActivation(string name) =>
        ActivationFunctions.TryParse(name, out ActivationFunction f) ? ActivationFunctions.NameOf(f) : null;

    private static string KnownActivations() => string.Join(", ", ActivationTable.All.Select(e => e.Name));

    /// <summary>The plug-in assemblies. The loader resolves them against the config's folder and loads them before any
    /// other field is read (a task or activation may be theirs); this field writes the absolute paths it kept.</summary>
    private static SettingField<ExperimentConfig> Plugins() => Setting<ExperimentConfig>.Custom(
        "plugins",
        "Plug-in assemblies (paths relative to the config file) whose tasks, algorithms, operators and activations the config may use; written only when set.",
        () => "an array of paths of .NET assemblies with an IWannPlugin",
        (e, path, problems, config) => config,
        (w, config) =>
        {
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
        },
        config => config.Plugins.FirstOrDefault(p => !File.Exists(p)) is string missing ? JsonSerializer.Serialize(missing) : null,
        () => new JsonSchemaNode { Type = "array", Description = "Plug-in assemblies, relative to the config file.", Items = new() { Type = "string" } },
        _ => "`[]`");

    private static SettingField<ExperimentConfig> Weights() => Setting<ExperimentConfig>.Custom(
        "weights",
        "The shared weight values every genome is tried with.",
        () => "a non-empty array of numbers in [-1000000, 1000000] (the shared weight values)",
        (e, path, problems, config) =>
        {
            if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
            {
                problems.Problem(path, JsonFields.Raw(e), "a non-empty array of numbers (the shared weight values)");
                return config;
            }

            var weights = new List<double>();
            int i = 0;
            foreach (JsonElement item in e.EnumerateArray())
            {
                weights.Add(problems.NumberValue(item, $"{path}[{i++}]", 0, -1e6, 1e6));
            }

            return config with { Weights = [.. weights] };
        },
        (w, config) =>
        {
            w.WriteStartArray("weights");
            foreach (double weight in config.Weights)
            {
                w.WriteNumberValue(weight);
            }

            w.WriteEndArray();
        },
        config => config.Weights.Count == 0 || config.Weights.Any(v => !(v >= -1e6 && v <= 1e6))
            ? $"[{string.Join(", ", config.Weights.Select(v => v.ToString(CultureInfo.InvariantCulture)))}]"
            : null,
        () => new JsonSchemaNode
        {
            Type = "array", Description = "The shared weight values every genome is tried with.", MinItems = 1,
            Items = JsonSchemaNode.Range("number", null, JsonValue.Create(-1e6), JsonValue.Create(1e6)),
        },
        config => $"`[{string.Join(", ", config.Weights.Select(v => v.ToString(CultureInfo.InvariantCulture)))}]`");

    /// <summary>The operator -> weight map. Operators not listed keep their default weight (so configs written for
    /// the four reference operators load unchanged); weights are relative, normalised by their sum.</summary>
    private static SettingField<ExperimentConfig> Mutation() => Setting<ExperimentConfig>.Custom(
        "mutation",
        "Relative chances of the mutation operators, normalised by their sum; operators not listed keep their defaults (0 turns one off). `weights` is NEAT's weight perturbation (settings from `neat`); plug-ins add operators with MutationOperators.Register.",
        () => $"an object mapping mutation operators ({string.Join(", ", MutationOperators.Names)}) to weights in [0, 1000000], at least one positive",
        (e, path, problems, config) =>
        {
            MutationWeights fallback = config.Mutation;
            if (e.ValueKind != JsonValueKind.Object)
            {
                problems.Problem(path, JsonFields.Raw(e), $"an object mapping mutation operators ({string.Join(", ", MutationOperators.Names)}) to weights");
                return config;
            }

            var changes = new List<(string Name, double Weight)>();
            foreach (JsonProperty property in e.EnumerateObject())
            {
                string at = $"{path}.{property.Name}";
                if (!MutationOperators.Contains(property.Name))
                {
                    problems.Problem(at, JsonFields.Raw(property.Value), $"a known mutation operator ({string.Join(", ", MutationOperators.Names)})");
                    continue;
                }

                if (changes.Exists(c => c.Name == property.Name))
                {
                    problems.Problem(at, JsonFields.Raw(property.Value), "each operator listed once");
                    continue;
                }

                changes.Add((property.Name, problems.NumberValue(property.Value, at, fallback[property.Name], 0, 1e6)));
            }

            MutationWeights weights = fallback;
            double total;
            try
            {
                weights = fallback.With([.. changes]);
                total = weights.Total;
            }
            catch (ArgumentException)
            {
                total = 0;
            }

            if (!(total > 0))
            {
                problems.Problem(path, $"weights summing to {total.ToString(CultureInfo.InvariantCulture)}", "at least one operator with a positive weight");
            }

            return config with { Mutation = weights };
        },
        (w, config) =>
        {
            w.WriteStartObject("mutation");
            foreach ((string name, double weight) in config.Mutation.Entries)
            {
                w.WriteNumber(name, weight);
            }

            w.WriteEndObject();
        },
        config =>
        {
            foreach ((string name, double weight) in config.Mutation.Entries)
            {
                if (!MutationOperators.Contains(name))
                {
                    return $"$.mutation.{name}: found {weight.ToString(CultureInfo.InvariantCulture)}, expected a known mutation operator ({string.Join(", ", MutationOperators.Names)})";
                }

                if (!(weight >= 0 && weight <= 1e6))
                {
                    return $"$.mutation.{name}: found {weight.ToString(CultureInfo.InvariantCulture)}, expected a number in [0, 1000000]";
                }
            }

            return config.Mutation.Total > 0 ? null : $"weights summing to {config.Mutation.Total.ToString(CultureInfo.InvariantCulture)}";
        },
        () => new JsonSchemaNode
        {
            Type = "object", Description = "Relative chances of the mutation operators, by name; unlisted operators keep their defaults.",
            AdditionalProperties = JsonSerializer.SerializeToNode(JsonSchemaNode.Range("number", null, JsonValue.Create(0), JsonValue.Create(1e6)), SettingsJsonContext.Default.JsonSchemaNode),
        },
        config => $"`{{{string.Join(", ", config.Mutation.Entries.Select(m => $"\"{m.Name}\": {m.Weight.ToString(CultureInfo.InvariantCulture)}"))}}}`");

    private static SettingField<ExperimentConfig> HiddenActivations() => Setting<ExperimentConfig>.Custom(
        "hiddenActivations",
        "The activation functions hidden nodes may use: names from the activation table (plug-ins add entries with ActivationTable.Register).",
        () => $"a non-empty array of distinct activation names ({KnownActivations()})",
        (e, path, problems, config) =>
        {
            if (e.ValueKind != JsonValueKind.Array || e.GetArrayLength() == 0)
            {
                problems.Problem(path, JsonFields.Raw(e), "a non-empty array of activation names");
                return config;
            }

            var names = new List<string>();
            int i = 0;
            foreach (JsonElement item in e.EnumerateArray())
            {
                string at = $"{path}[{i++}]";
                if (item.ValueKind != JsonValueKind.String || NormaliseActivation(item.GetString()!) is not string name)
                {
                    problems.Problem(at, JsonFields.Raw(item), $"an activation name ({KnownActivations()})");
                    continue;
                }

                if (names.Contains(name))
                {
                    problems.Problem(at, JsonFields.Raw(item), "each activation listed once");
                    continue;
                }

                names.Add(name);
            }

            return config with { HiddenActivations = [.. names] };
        },
        (w, config) =>
        {
            w.WriteStartArray("hiddenActivations");
            foreach (string name in config.HiddenActivations)
            {
                w.WriteStringValue(name);
            }

            w.WriteEndArray();
        },
        config => config.HiddenActivations.Count == 0
                  || config.HiddenActivations.Any(n => NormaliseActivation(n) is null)
                  || config.HiddenActivations.Distinct(StringComparer.Ordinal).Count() != config.HiddenActivations.Count
            ? $"[{string.Join(", ", config.HiddenActivations.Select(n => $"\"{n}\""))}]"
            : null,
        () => new JsonSchemaNode
        {
            Type = "array", Description = $"The activation functions hidden nodes may use ({KnownActivations()}).", MinItems = 1, UniqueItems = true,
            Items = new() { Type = "string" },
        },
        config => $"all {config.HiddenActivations.Count}");

    private static SettingField<ExperimentConfig> Neat() => Setting<ExperimentConfig>.Section(
        "neat",
        "Settings of NEAT mode (ignored in WANN mode); the neat.* rows below.",
        "NEAT settings",
        NeatSettingsTable.Table,
        c => c.Neat,
        (c, v) => c with { Neat = v },
        "Settings of NEAT mode (ignored in WANN mode).",
        "see below");
}
