using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;

namespace Wann.Core.Persistence;

/// <summary>
/// Reads and writes checkpoints as versioned JSON (<c>"schema": "wann-checkpoint", "version": 2</c>, sealed with its SHA-256).
/// No random generator state is stored because none exists: every stream is derived from (seed,
/// generation, ...), so the generation number is the whole of it.
/// </summary>
public static class CheckpointFile
{
    /// <summary>The schema name stored in every checkpoint.</summary>
    public const string Schema = "wann-checkpoint";

    /// <summary>The current schema version: 2 is sealed (<see cref="CheckpointSeal"/>); version 1 (unsealed) still loads.</summary>
    public const int Version = 2;

    /// <summary>Serialises a checkpoint.</summary>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <returns>JSON text.</returns>
    public static string ToJson(Checkpoint checkpoint)
    {
        EvolutionState state = checkpoint.State;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteNumber("version", Version);
            w.WritePropertyName("config");
            w.WriteRawValue(ExperimentConfigLoader.ToJson(checkpoint.Config));
            w.WriteNumber("generation", state.Generation);
            w.WriteNumber("episodes", state.Episodes);
            w.WriteStartObject("innovations");
            w.WriteNumber("nextInnovation", state.Innovations.NextInnovation);
            w.WriteNumber("nextNodeId", state.Innovations.NextNodeId);
            w.WriteStartArray("connections");
            foreach (var pair in state.Innovations.ConnectionInnovations.OrderBy(p => p.Value))
            {
                w.WriteStartArray();
                w.WriteNumberValue(pair.Key.Source);
                w.WriteNumberValue(pair.Key.Target);
                w.WriteNumberValue(pair.Value);
                w.WriteEndArray();
            }

            w.WriteEndArray();
            w.WriteEndObject();
            if (state.Champion is Champion c)
            {
                w.WriteStartObject("champion");
                w.WriteNumber("generation", c.Generation);
                w.WriteNumber("validatedMean", c.ValidatedMean);
                w.WriteNumber("searchMean", c.SearchMean);
                w.WriteStartArray("validatedPerWeight");
                foreach (double v in c.ValidatedPerWeight)
                {
                    w.WriteNumberValue(v);
                }

                w.WriteEndArray();
                w.WritePropertyName("genome");
                w.WriteRawValue(GenomeJson(c.Genome, checkpoint.Config.Task));
                w.WriteEndObject();
            }
            else
            {
                w.WriteNull("champion");
            }

            if (state.Species is SpeciesSet species)
            {
                w.WriteStartObject("species");
                w.WriteNumber("threshold", species.Threshold);
                w.WriteNumber("nextId", species.NextId);
                w.WriteStartArray("all");
                foreach (Species sp in species.All)
                {
                    w.WriteStartObject();
                    w.WriteNumber("id", sp.Id);
                    w.WriteNumber("bestFitness", double.IsFinite(sp.BestFitness) ? sp.BestFitness : -1e308);
                    w.WriteNumber("lastImproved", sp.LastImproved);
                    w.WritePropertyName("representative");
                    w.WriteRawValue(GenomeJson(sp.Representative, checkpoint.Config.Task));
                    w.WriteEndObject();
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            if (state.AlgorithmState is JsonObject algorithmState)
            {
                // Written only when an algorithm keeps state of its own, so built-in runs keep their checkpoint bytes.
                w.WritePropertyName("algorithmState");
                algorithmState.WriteTo(w);
            }

            w.WriteStartArray("population");
            foreach (Genome g in state.Population)
            {
                w.WriteRawValue(GenomeJson(g, checkpoint.Config.Task));
            }

            w.WriteEndArray();
            w.WriteStartArray("metrics");
            foreach (string row in checkpoint.MetricsRows)
            {
                w.WriteStringValue(row);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes a checkpoint atomically: a kill at any moment leaves the previous checkpoint or this one.</summary>
    /// <param name="path">The file.</param>
    /// <param name="checkpoint">The checkpoint.</param>
    public static void Write(string path, Checkpoint checkpoint) => AtomicFile.WriteAllText(path, CheckpointSeal.Seal(ToJson(checkpoint)));

    /// <summary>Reads a checkpoint.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="InputFileException">The file is missing, truncated, of another version, inconsistent, or edited.</exception>
    public static Checkpoint Read(string path) => Read(path, acceptEdited: false);

    /// <summary>Reads a checkpoint, checking its seal: a checkpoint changed after wann wrote it (another seed, task or
    /// champion) is refused unless <paramref name="acceptEdited"/>.</summary>
    /// <param name="path">The file.</param>
    /// <param name="acceptEdited">Accept an edited checkpoint (the result says so in <see cref="Checkpoint.Edited"/>).</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="InputFileException">The file is missing, truncated, of another version, inconsistent, or edited.</exception>
    public static Checkpoint Read(string path, bool acceptEdited)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no checkpoint here (a run writes checkpoint.json every --checkpoint-every generations and when interrupted).");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"{path}: cannot read the checkpoint ({e.Message}).", e);
        }

        bool broken = CheckpointSeal.IsBroken(text, out string body);
        Checkpoint checkpoint = Parse(body, path);

        // Version 1 predates the seal; from version 2 on, a missing seal is an edit like a wrong one.
        bool edited = broken || (checkpoint.Version >= 2 && !CheckpointSeal.IsSealed(text));
        if (edited && !acceptEdited)
        {
            throw new InputFileException($"{path}: the checkpoint was changed after wann wrote it (its sha256 seal does not match its content). An edited checkpoint can change the run's seed, task or champion, so resume refuses it; pass --accept-edited-checkpoint to resume anyway (the log records it).");
        }

        return checkpoint with { Edited = edited };
    }

    /// <summary>Parses checkpoint text.</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="InputFileException">The text is malformed, of another version, or inconsistent.</exception>
    public static Checkpoint Parse(string json, string file)
    {
        using (JsonDocument document = JsonFields.Parse(json, file))
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputFileException(file, [$"$: found {JsonFields.Raw(root)}, expected a checkpoint object"]);
            }

            var f = new JsonFields();
            string schema = f.String(root, "$", "schema", string.Empty);
            if (schema != Schema)
            {
                throw new InputFileException(file, [$"$.schema: found \"{schema}\", expected \"{Schema}\" (is this a checkpoint?)"]);
            }

            long version = f.Integer(root, "$", "version", -1, 0, int.MaxValue);
            if (version is not (1 or Version))
            {
                throw new InputFileException(file, [$"$.version: found {version}, expected 1 or {Version} (the versions this Wann reads)"]);
            }

            ExperimentConfig config = Required(root, "config", file, e => ExperimentConfigLoader.Parse(e.GetRawText(), $"{file} ($.config)", "resumed"));
            int generation = (int)f.Integer(root, "$", "generation", -1, 0, int.MaxValue);
            long episodes = f.Integer(root, "$", "episodes", -1, 0, long.MaxValue);
            InnovationTracker innovations = Required(root, "innovations", file, e => ReadInnovations(e, f));
            Champion? champion = root.TryGetProperty("champion", out JsonElement ce) && ce.ValueKind == JsonValueKind.Object
                ? ReadChampion(ce, f, file)
                : null;
            var population = new List<Genome>();
            var metrics = new List<string>();
            if (!root.TryGetProperty("population", out JsonElement pe) || pe.ValueKind != JsonValueKind.Array)
            {
                f.Problem("$.population", "nothing or not an array", "an array of genomes");
            }
            else
            {
                int i = 0;
                foreach (JsonElement g in pe.EnumerateArray())
                {
                    population.Add(GenomeFile.Parse(g.GetRawText(), $"{file} ($.population[{i++}])").Genome);
                }
            }

            if (root.TryGetProperty("metrics", out JsonElement me) && me.ValueKind == JsonValueKind.Array)
            {
                foreach (JsonElement row in me.EnumerateArray())
                {
                    metrics.Add(row.ValueKind == JsonValueKind.String ? row.GetString()! : string.Empty);
                }
            }
            else
            {
                f.Problem("$.metrics", "nothing or not an array", "an array of metrics.csv rows");
            }

            if (population.Count != config.Population)
            {
                f.Problem("$.population", $"{population.Count} genomes", $"{config.Population} (the config's population)");
            }

            if (generation > 0 && champion is null)
            {
                f.Problem("$.champion", "null", "the champion of the generations run so far");
            }

            if (metrics.Count != generation)
            {
                f.Problem("$.metrics", $"{metrics.Count} rows", $"one row per generation run ({generation})");
            }
            else
            {
                try
                {
                    // The rows are restored into metrics.csv on resume: check them with the file's own codec.
                    MetricsCsv.Parse($"$.metrics", MetricsCsv.FormatFile(metrics));
                }
                catch (InputFileException e)
                {
                    f.Problem(e.Message + " (line 1 is the header)");
                }
            }

            SpeciesSet? species = null;
            if (root.TryGetProperty("species", out JsonElement se) && se.ValueKind == JsonValueKind.Object)
            {
                species = ReadSpecies(se, f, file);
            }
            else if (config.Mode == SearchMode.Neat)
            {
                f.Problem("$.species", "nothing", "the species of a NEAT run");
            }

            JsonObject? algorithmState = null;
            if (root.TryGetProperty("algorithmState", out JsonElement ae))
            {
                if (ae.ValueKind == JsonValueKind.Object)
                {
                    algorithmState = JsonNode.Parse(ae.GetRawText())!.AsObject();
                }
                else
                {
                    f.Problem("$.algorithmState", JsonFields.Raw(ae), "an object (the search algorithm's own state)");
                }
            }

            if (f.Problems.Count > 0)
            {
                throw new InputFileException(file, f.Problems);
            }

            return new Checkpoint(config, new EvolutionState(generation, [.. population], innovations, champion, episodes) { Species = species, AlgorithmState = algorithmState }, metrics) { Version = (int)version };
        }
    }

    private static string GenomeJson(Genome genome, string task) =>
        GenomeFile.ToJson(new GenomeDocument(genome, task, new Dictionary<string, double>()), indented: false).TrimEnd('\n');

    private static T Required<T>(JsonElement root, string name, string file, Func<JsonElement, T> read)
    {
        if (!root.TryGetProperty(name, out JsonElement e) || e.ValueKind != JsonValueKind.Object)
        {
            throw new InputFileException(file, [$"$.{name}: found {(root.TryGetProperty(name, out JsonElement x) ? JsonFields.Raw(x) : "nothing")}, expected an object"]);
        }

        return read(e);
    }

    private static InnovationTracker ReadInnovations(JsonElement e, JsonFields f)
    {
        var tracker = new InnovationTracker(
            f.Integer(e, "$.innovations", "nextInnovation", 0, 0, long.MaxValue),
            (int)f.Integer(e, "$.innovations", "nextNodeId", 0, 0, int.MaxValue));
        if (!e.TryGetProperty("connections", out JsonElement list) || list.ValueKind != JsonValueKind.Array)
        {
            f.Problem("$.innovations.connections", "nothing or not an array", "an array of [source, target, innovation]");
            return tracker;
        }

        int i = 0;
        foreach (JsonElement item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Array || item.GetArrayLength() != 3
                || item[0].ValueKind != JsonValueKind.Number || item[1].ValueKind != JsonValueKind.Number || item[2].ValueKind != JsonValueKind.Number
                || !item[0].TryGetInt32(out int s) || !item[1].TryGetInt32(out int t) || !item[2].TryGetInt64(out long innovation))
            {
                f.Problem($"$.innovations.connections[{i}]", JsonFields.Raw(item), "[source, target, innovation] as whole numbers");
            }
            else
            {
                tracker.Register(s, t, innovation);
            }

            i++;
        }

        return tracker;
    }

    private static SpeciesSet ReadSpecies(JsonElement e, JsonFields f, string file)
    {
        var set = new SpeciesSet(
            f.Number(e, "$.species", "threshold", 3.0, 1e-9, 1e9),
            (int)f.Integer(e, "$.species", "nextId", 0, 0, int.MaxValue));
        if (!e.TryGetProperty("all", out JsonElement all) || all.ValueKind != JsonValueKind.Array)
        {
            f.Problem("$.species.all", "nothing or not an array", "an array of species");
            return set;
        }

        int i = 0;
        foreach (JsonElement sp in all.EnumerateArray())
        {
            string path = $"$.species.all[{i++}]";
            if (sp.ValueKind != JsonValueKind.Object || !sp.TryGetProperty("representative", out JsonElement r) || r.ValueKind != JsonValueKind.Object)
            {
                f.Problem(path, JsonFields.Raw(sp), "a species with id, bestFitness, lastImproved and representative");
                continue;
            }

            set.Restore(new Species(
                (int)f.Integer(sp, path, "id", 0, 0, int.MaxValue),
                GenomeFile.Parse(r.GetRawText(), $"{file} ({path}.representative)").Genome,
                f.Number(sp, path, "bestFitness", 0, double.MinValue, double.MaxValue),
                (int)f.Integer(sp, path, "lastImproved", 0, 0, int.MaxValue)));
        }

        return set;
    }

    private static Champion ReadChampion(JsonElement e, JsonFields f, string file)
    {
        var perWeight = new List<double>();
        if (e.TryGetProperty("validatedPerWeight", out JsonElement list) && list.ValueKind == JsonValueKind.Array)
        {
            int i = 0;
            foreach (JsonElement v in list.EnumerateArray())
            {
                perWeight.Add(f.NumberValue(v, $"$.champion.validatedPerWeight[{i++}]", 0, double.MinValue, double.MaxValue));
            }
        }

        if (!e.TryGetProperty("genome", out JsonElement g) || g.ValueKind != JsonValueKind.Object)
        {
            throw new InputFileException(file, ["$.champion.genome: missing, expected the champion's genome"]);
        }

        return new Champion(
            GenomeFile.Parse(g.GetRawText(), $"{file} ($.champion.genome)").Genome,
            (int)f.Integer(e, "$.champion", "generation", 0, 0, int.MaxValue),
            f.Number(e, "$.champion", "validatedMean", 0, double.MinValue, double.MaxValue),
            perWeight,
            f.Number(e, "$.champion", "searchMean", 0, double.MinValue, double.MaxValue));
    }
}
