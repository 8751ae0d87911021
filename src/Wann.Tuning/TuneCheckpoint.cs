using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Tuning;

/// <summary>
/// A tune's state after a whole generation: what was tuned and how (to refuse resuming with other settings), the
/// optimiser's numbers and the history. Written atomically each generation; doubles round-trip exactly, so a tune
/// stopped and resumed ends with the same bytes as one that never stopped.
/// </summary>
/// <param name="Identity">The settings that must match to resume (everything but generations and threads), as text.</param>
/// <param name="StartWeight">The shared weight the offsets start from.</param>
/// <param name="State">The optimiser's state.</param>
/// <param name="History">The generations done.</param>
/// <param name="Selected">The best offsets on the selection episodes and their score; <see langword="null"/> when the tune does not
/// select (or has selected nothing yet).</param>
internal sealed record TuneCheckpoint(string Identity, double StartWeight, double[] State, IReadOnlyList<TuneGeneration> History, (double Score, double[] Offsets)? Selected = null)
{
    /// <summary>The schema name stored in the file.</summary>
    public const string Schema = "wann-tune-checkpoint";

    /// <summary>Describes a tune for <see cref="Identity"/>: the genome's bytes' hash, the task and every setting that changes results.</summary>
    /// <param name="document">The genome being tuned.</param>
    /// <param name="settings">The settings.</param>
    /// <param name="population">The optimiser's resolved population.</param>
    /// <returns>The identity text.</returns>
    public static string IdentityOf(GenomeDocument document, TuneSettings settings, int population)
    {
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(GenomeFile.ToJson(document with { Scores = new Dictionary<string, double>() }))));
        string start = settings.StartWeight is double w ? w.ToString("R", CultureInfo.InvariantCulture) : "auto";
        string identity = string.Create(CultureInfo.InvariantCulture, $"genome {hash}; task {document.Task}; optimizer {settings.Optimizer}; population {population}; seed {settings.Seed}; episodes {settings.Episodes}; sigma {settings.Sigma:R}; start weight {start}");

        // Settings added later appear only when used, so checkpoints of tunes without them keep their identity.
        if (settings.Selects)
        {
            identity += string.Create(CultureInfo.InvariantCulture, $"; select {settings.SelectEpisodes} episodes, {settings.SelectCandidates} candidates");
        }

        if (settings.Restarts > 1)
        {
            identity += string.Create(CultureInfo.InvariantCulture, $"; {settings.Restarts} restarts of {settings.Generations} generations");
        }

        if (settings.WeightDecay > 0.0)
        {
            identity += string.Create(CultureInfo.InvariantCulture, $"; weight decay {settings.WeightDecay:R}");
        }

        return identity;
    }

    /// <summary>Writes the checkpoint atomically.</summary>
    /// <param name="path">The file.</param>
    public void Write(string path)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteNumber("version", 1);
            w.WriteString("identity", Identity);
            w.WriteNumber("startWeight", StartWeight);
            w.WriteStartArray("history");
            foreach (TuneGeneration g in History)
            {
                w.WriteStartObject();
                w.WriteNumber("generation", g.Generation);
                w.WriteNumber("candidateMean", g.CandidateMean);
                w.WriteNumber("candidateBest", g.CandidateBest);
                w.WriteNumber("meanScore", g.MeanScore);
                w.WriteNumber("stepSize", g.StepSize);
                if (g.SelectedScore is double selectedScore)
                {
                    w.WriteNumber("selectedScore", selectedScore);
                }

                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("state");
            foreach (double v in State)
            {
                w.WriteNumberValue(v);
            }

            w.WriteEndArray();
            if (Selected is (double score, double[] offsets))
            {
                w.WriteStartObject("selected");
                w.WriteNumber("score", score);
                w.WriteStartArray("offsets");
                foreach (double v in offsets)
                {
                    w.WriteNumberValue(v);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndObject();
        }

        AtomicFile.WriteAllBytes(path, buffer.ToArray());
    }

    /// <summary>Reads a checkpoint, or returns <see langword="null"/> when the file does not exist.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The checkpoint.</returns>
    /// <exception cref="InputFileException">The file is not a tune checkpoint.</exception>
    public static TuneCheckpoint? Read(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("schema", out JsonElement schema) || schema.GetString() != Schema)
            {
                throw new InputFileException($"{path}: $.schema: expected \"{Schema}\"; this is not a tune checkpoint (move it away to start the tune afresh).");
            }

            if (root.GetProperty("version").GetInt32() != 1)
            {
                throw new InputFileException($"{path}: $.version: expected 1.");
            }

            var history = new List<TuneGeneration>();
            foreach (JsonElement g in root.GetProperty("history").EnumerateArray())
            {
                history.Add(new TuneGeneration(
                    g.GetProperty("generation").GetInt32(),
                    g.GetProperty("candidateMean").GetDouble(),
                    g.GetProperty("candidateBest").GetDouble(),
                    g.GetProperty("meanScore").GetDouble(),
                    g.GetProperty("stepSize").GetDouble(),
                    g.TryGetProperty("selectedScore", out JsonElement selectedScore) ? selectedScore.GetDouble() : null));
            }

            double[] state = [.. root.GetProperty("state").EnumerateArray().Select(v => v.GetDouble())];
            (double, double[])? selected = null;
            if (root.TryGetProperty("selected", out JsonElement chosen))
            {
                selected = (chosen.GetProperty("score").GetDouble(), [.. chosen.GetProperty("offsets").EnumerateArray().Select(v => v.GetDouble())]);
            }

            return new TuneCheckpoint(root.GetProperty("identity").GetString() ?? string.Empty, root.GetProperty("startWeight").GetDouble(), state, history, selected);
        }
        catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            throw new InputFileException($"{path}: not a readable tune checkpoint ({e.Message}); move it away to start the tune afresh.", e);
        }
    }
}
