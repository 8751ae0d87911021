using System.Text.Json;
using Wann.Core.Evolution;
using Wann.Core.Settings;

namespace Wann.Core.Persistence;

/// <summary>
/// Loads and validates experiment configs up front: unknown fields, wrong types and out-of-range
/// values are all reported together, each with the file, the JSON path, the value and what was
/// expected, before anything runs. The fields themselves are declared once, in <see cref="ExperimentSettings"/>.
/// </summary>
public static class ExperimentConfigLoader
{
    /// <summary>Loads a config file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The file is missing, not JSON, or has problems.</exception>
    public static ExperimentConfig Load(string path) => Load(path, []);

    /// <summary>Loads a config file with <c>key=value</c> overrides (<c>wann run --set</c>), validated like the file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="assignments">Overrides; see <see cref="ConfigOverrides.ApplyAssignments"/>.</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The file is missing, not JSON, an override is malformed, or there are problems.</exception>
    public static ExperimentConfig Load(string path, IReadOnlyList<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such config file.");
        }

        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"{path}: cannot read the config ({e.Message}).", e);
        }

        // A config without "name" is named after its file, made a safe folder name.
        string defaultName = new([.. Path.GetFileNameWithoutExtension(path).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-')]);
        defaultName = defaultName.Trim('.').Length > 0 ? defaultName : "experiment";
        if (assignments.Count == 0)
        {
            return Parse(text, path, defaultName);
        }

        using (JsonFields.Parse(text, path, lenient: true))
        {
            // Syntax errors are reported against the file as written, before any override.
        }

        try
        {
            text = ConfigOverrides.ApplyAssignments(text, assignments);
        }
        catch (FormatException e)
        {
            throw new InputFileException(e.Message, e);
        }

        return Parse(text, $"{path} with --set {string.Join(" ", assignments)}", defaultName);
    }

    /// <summary>Parses and validates config text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="defaultName">The experiment name when the config has none.</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The text is not JSON or has problems.</exception>
    public static ExperimentConfig Parse(string json, string file, string defaultName)
    {
        using JsonDocument document = JsonFields.Parse(json, file, lenient: true);
        JsonElement root = document.RootElement;
        var fields = new JsonFields();
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("$", JsonFields.Raw(root), "a JSON object with the experiment's fields");
            throw new InputFileException(file, fields.Problems);
        }

        ExperimentConfig config = ExperimentSettings.Table.Read(root, "$", fields, new ExperimentConfig { Name = defaultName });
        if (fields.Problems.Count > 0)
        {
            throw new InputFileException(file, fields.Problems);
        }

        return config;
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
            ExperimentSettings.Table.Write(w, config);
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
