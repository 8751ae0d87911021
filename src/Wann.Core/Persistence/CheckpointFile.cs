using System.Text.Json;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;
using Wann.Files;

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
    public static string ToJson(Checkpoint checkpoint) =>
        JsonBinding.Serialize(Bind(checkpoint), PersistenceJsonContext.Default.CheckpointJson, indented: false) + "\n";

    /// <summary>Writes a checkpoint atomically: a kill at any moment leaves the previous checkpoint or this one.</summary>
    /// <param name="path">The file.</param>
    /// <param name="checkpoint">The checkpoint.</param>
    /// <remarks>The same bytes as <c>CheckpointSeal.Seal(ToJson(checkpoint))</c>, written as UTF-8 straight from the serializer
    /// and sealed in place: a 960-genome MNIST checkpoint is hundreds of MB, which the text route copied five times.</remarks>
    public static void Write(string path, Checkpoint checkpoint)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = false }))
        {
            JsonSerializer.Serialize(writer, Bind(checkpoint), PersistenceJsonContext.Default.CheckpointJson);
        }

        CheckpointSeal.SealInPlace(buffer);
        AtomicFile.WriteAllBytes(path, buffer.GetBuffer().AsSpan(0, checked((int)buffer.Length)));
    }

    private static CheckpointJson Bind(Checkpoint checkpoint)
    {
        EvolutionState state = checkpoint.State;
        string task = checkpoint.Config.Task;
        Dictionary<string, double> noScores = [];
        var connections = new List<long[]>(state.Innovations.ConnectionInnovations.Count);
        foreach (var pair in state.Innovations.ConnectionInnovations.OrderBy(p => p.Value))
        {
            connections.Add([pair.Key.Source, pair.Key.Target, pair.Value]);
        }

        return new CheckpointJson
        {
            Schema = Schema,
            Version = Version,
            Config = new RawJson(ExperimentConfigLoader.ToJson(checkpoint.Config)),
            Generation = state.Generation,
            Episodes = state.Episodes,
            Innovations = new InnovationsJson { NextInnovation = state.Innovations.NextInnovation, NextNodeId = state.Innovations.NextNodeId, Connections = connections },
            Champion = state.Champion is Champion c
                ? new ChampionJson { Generation = c.Generation, ValidatedMean = c.ValidatedMean, SearchMean = c.SearchMean, ValidatedPerWeight = [.. c.ValidatedPerWeight], Genome = GenomeFile.ToBound(c.Genome, task, noScores) }
                : null,
            Species = state.Species is SpeciesSet species
                ? new SpeciesSetJson
                {
                    Threshold = species.Threshold,
                    NextId = species.NextId,
                    All = [.. species.All.Select(sp => new SpeciesJson
                    {
                        Id = sp.Id,
                        BestFitness = double.IsFinite(sp.BestFitness) ? sp.BestFitness : -1e308,
                        LastImproved = sp.LastImproved,
                        Representative = GenomeFile.ToBound(sp.Representative, task, noScores),
                    })],
                }
                : null,

            // Written only when an algorithm keeps state of its own, so built-in runs keep their checkpoint bytes.
            AlgorithmState = state.AlgorithmState,
            Population = [.. state.Population.Select(g => GenomeFile.ToBound(g, task, noScores))],
            Metrics = [.. checkpoint.MetricsRows],
        };
    }

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

        // A seal that does not match is reported before the content is bound: an edit is named as an edit, not as the
        // field it added. Version 1 predates the seal; from version 2 on, a missing seal is an edit like a wrong one
        // (checked after parsing, so a truncated file, which has lost its seal, is named as truncated).
        bool broken = CheckpointSeal.IsBroken(text, out string body);
        if (broken && !acceptEdited)
        {
            throw Edited(path);
        }

        Checkpoint checkpoint = Parse(body, path);
        bool edited = broken || (checkpoint.Version >= 2 && !CheckpointSeal.IsSealed(text));
        if (edited && !acceptEdited)
        {
            throw Edited(path);
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
        var f = new JsonFields();
        CheckpointJson bound = JsonBinding.Deserialize(json, PersistenceJsonContext.Default.CheckpointJson, file, f, root => JsonBinding.RequireHeader(root, file, Schema, [1, Version], "a checkpoint"));
        if (bound.Config is null)
        {
            throw new InputFileException(file, ["$.config: found nothing, expected an object"]);
        }

        ExperimentConfig config = ExperimentConfigLoader.Parse(bound.Config.Text, $"{file} ($.config)", "resumed");
        f.InRange("$.generation", bound.Generation, 0, int.MaxValue);
        f.InRange("$.episodes", bound.Episodes, 0, long.MaxValue);
        InnovationTracker innovations = ReadInnovations(bound.Innovations, f);
        Champion? champion = bound.Champion is null ? null : ReadChampion(bound.Champion, f);
        var population = new List<Genome>();
        if (bound.Population is null)
        {
            f.Problem("$.population", "nothing", "an array of genomes");
        }
        else
        {
            for (int i = 0; i < bound.Population.Count; i++)
            {
                if (GenomeFile.ToGenome(bound.Population[i], $"$.population[{i}]", f) is Genome g)
                {
                    population.Add(g);
                }
            }

            // Algorithms registered with a varying population (restarts that grow it) may hold another size.
            if (bound.Population.Count != config.Population && SearchAlgorithms.KeepsPopulationSize(config.Mode))
            {
                f.Problem("$.population", $"{bound.Population.Count} genomes", $"{config.Population} (the config's population)");
            }
        }

        if (bound.Generation > 0 && bound.Champion is null)
        {
            f.Problem("$.champion", "null", "the champion of the generations run so far");
        }

        List<string> metrics = bound.Metrics ?? [];
        if (bound.Metrics is null)
        {
            f.Problem("$.metrics", "nothing", "an array of metrics.csv rows");
        }
        else if (metrics.Count != bound.Generation)
        {
            f.Problem("$.metrics", $"{metrics.Count} rows", $"one row per generation run ({bound.Generation})");
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

        SpeciesSet? species = bound.Species is null ? null : ReadSpecies(bound.Species, f);
        if (species is null && config.Mode == SearchMode.Neat)
        {
            f.Problem("$.species", "nothing", "the species of a NEAT run");
        }

        if (f.Problems.Count > 0)
        {
            throw new InputFileException(file, f.Problems);
        }

        var state = new EvolutionState(bound.Generation, [.. population], innovations, champion, bound.Episodes) { Species = species, AlgorithmState = bound.AlgorithmState };
        return new Checkpoint(config, state, metrics) { Version = bound.Version };
    }

    private static InputFileException Edited(string path) =>
        new($"{path}: the checkpoint was changed after wann wrote it (its sha256 seal does not match its content). An edited checkpoint can change the run's seed, task or champion, so resume refuses it; pass --accept-edited-checkpoint to resume anyway (the log records it).");

    private static InnovationTracker ReadInnovations(InnovationsJson? e, JsonFields f)
    {
        if (e is null)
        {
            f.Problem("$.innovations", "nothing", "an object");
            return new InnovationTracker(0, 0);
        }

        f.InRange("$.innovations.nextInnovation", e.NextInnovation, 0, long.MaxValue);
        f.InRange("$.innovations.nextNodeId", e.NextNodeId, 0, int.MaxValue);
        var tracker = new InnovationTracker(e.NextInnovation, e.NextNodeId);
        if (e.Connections is null)
        {
            f.Problem("$.innovations.connections", "nothing", "an array of [source, target, innovation]");
            return tracker;
        }

        for (int i = 0; i < e.Connections.Count; i++)
        {
            long[] item = e.Connections[i];
            if (item.Length != 3 || item[0] is < 0 or > int.MaxValue || item[1] is < 0 or > int.MaxValue || item[2] < 0)
            {
                f.Problem($"$.innovations.connections[{i}]", $"[{string.Join(",", item)}]", "[source, target, innovation] as whole numbers");
            }
            else
            {
                tracker.Register((int)item[0], (int)item[1], item[2]);
            }
        }

        return tracker;
    }

    private static SpeciesSet? ReadSpecies(SpeciesSetJson e, JsonFields f)
    {
        f.InRange("$.species.threshold", e.Threshold, 1e-9, 1e9);
        f.InRange("$.species.nextId", e.NextId, 0, int.MaxValue);
        var set = new SpeciesSet(e.Threshold, e.NextId);
        if (e.All is null)
        {
            f.Problem("$.species.all", "nothing", "an array of species");
            return set;
        }

        for (int i = 0; i < e.All.Count; i++)
        {
            SpeciesJson sp = e.All[i];
            string path = $"$.species.all[{i}]";
            f.InRange($"{path}.id", sp.Id, 0, int.MaxValue);
            f.InRange($"{path}.lastImproved", sp.LastImproved, 0, int.MaxValue);
            f.InRange($"{path}.bestFitness", sp.BestFitness);
            Genome? representative = sp.Representative is null ? null : GenomeFile.ToGenome(sp.Representative, $"{path}.representative", f);
            if (sp.Representative is null)
            {
                f.Problem($"{path}.representative", "nothing", "the species' representative genome");
            }
            else if (representative is not null)
            {
                set.Restore(new Species(sp.Id, representative, sp.BestFitness, sp.LastImproved));
            }
        }

        return set;
    }

    private static Champion? ReadChampion(ChampionJson e, JsonFields f)
    {
        for (int i = 0; i < e.ValidatedPerWeight.Count; i++)
        {
            f.InRange($"$.champion.validatedPerWeight[{i}]", e.ValidatedPerWeight[i]);
        }

        f.InRange("$.champion.generation", e.Generation, 0, int.MaxValue);
        f.InRange("$.champion.validatedMean", e.ValidatedMean);
        f.InRange("$.champion.searchMean", e.SearchMean);
        if (e.Genome is null)
        {
            f.Problem("$.champion.genome", "nothing", "the champion's genome");
            return null;
        }

        Genome? genome = GenomeFile.ToGenome(e.Genome, "$.champion.genome", f);
        return genome is null ? null : new Champion(genome, e.Generation, e.ValidatedMean, e.ValidatedPerWeight, e.SearchMean);
    }
}
