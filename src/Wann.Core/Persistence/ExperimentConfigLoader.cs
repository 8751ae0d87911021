using System.Text.Json;
using Wann.Core.Evolution;
using Wann.Core.Plugins;
using Wann.Core.Settings;
using Wann.Files;

namespace Wann.Core.Persistence;

/// <summary>
/// Loads and validates experiment configs up front: unknown fields, wrong types and out-of-range
/// values are all reported together, each with the file, the JSON path, the value and what was
/// expected, before anything runs. The fields themselves are declared once, on <see cref="ExperimentConfig"/>.
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

        return Parse(text, $"{path} with --set {string.Join(" ", assignments)}", defaultName, Path.GetDirectoryName(Path.GetFullPath(path)));
    }

    /// <summary>Parses and validates config text.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="defaultName">The experiment name when the config has none.</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The text is not JSON or has problems.</exception>
    public static ExperimentConfig Parse(string json, string file, string defaultName) => Parse(json, file, defaultName, null);

    /// <summary>Parses and validates config text whose plug-in paths are relative to <paramref name="folder"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="defaultName">The experiment name when the config has none.</param>
    /// <param name="folder">The folder plug-in paths are relative to (default: the file's).</param>
    /// <returns>The validated config.</returns>
    /// <exception cref="InputFileException">The text is not JSON or has problems.</exception>
    public static ExperimentConfig Parse(string json, string file, string defaultName, string? folder)
    {
        using JsonDocument document = JsonFields.Parse(json, file, lenient: true);
        JsonElement root = document.RootElement;
        var fields = new JsonFields();
        if (root.ValueKind != JsonValueKind.Object)
        {
            fields.Problem("$", JsonFields.Raw(root), "a JSON object with the experiment's fields");
            throw new InputFileException(file, fields.Problems);
        }

        // Plug-ins first: the task, algorithm or activations named below may be theirs.
        IReadOnlyList<string> plugins = LoadPlugins(root, fields, folder ?? Path.GetDirectoryName(Path.GetFullPath(file)) ?? Directory.GetCurrentDirectory());
        SettingsModel.Of(typeof(ExperimentConfig)).Check(root, "$", fields);
        if (fields.Problems.Count > 0)
        {
            throw new InputFileException(file, fields.Problems);
        }

        // Checked, so binding cannot fail; a config without a name is named after its file, and plug-ins keep the
        // absolute paths they were loaded from.
        ExperimentConfig config = SettingsBinding.Bind(root);
        return config with { Name = root.TryGetProperty("name", out _) ? config.Name : defaultName, Plugins = plugins };
    }

    // "plugins": ["a.dll", ...], relative to the config file; each is loaded (its tasks registered) right away.
    private static IReadOnlyList<string> LoadPlugins(JsonElement root, JsonFields fields, string folder)
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
    /// <returns>JSON text that <see cref="Parse(string, string, string)"/> reads back to an equal config.</returns>
    public static string ToJson(ExperimentConfig config)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            SettingsBinding.Write(w, config);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }
}
