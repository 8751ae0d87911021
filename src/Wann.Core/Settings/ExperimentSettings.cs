using System.Text.Json;
using Wann.Core.Evolution;

namespace Wann.Core.Settings;

/// <summary>
/// The experiment config's fields as a whole, made from the declarations on <see cref="ExperimentConfig"/> and its
/// sections (<see cref="SettingsModel"/>): the check of configs built in code, <c>wann validate --schema</c> and the
/// README's field table.
/// </summary>
public static class ExperimentSettings
{
    private static SettingsModel Model => SettingsModel.Of(typeof(ExperimentConfig));

    /// <summary>Gets the config's field names, in the order <c>config.json</c> is written.</summary>
    public static IReadOnlyList<string> FieldNames => [.. Model.Properties.Select(p => p.Name)];

    /// <summary>Lists the problems of a config built in code (or read), phrased as the loader phrases them.</summary>
    /// <param name="config">The config.</param>
    /// <returns>One message per problem; empty when valid.</returns>
    public static IReadOnlyList<string> Problems(ExperimentConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        return Model.Problems(config, "$");
    }

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
        JsonSchemaNode schema = Model.Schema();
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
    public static string MarkdownTable() => "| field | default | allowed | meaning |\n|---|---|---|---|\n" + Model.MarkdownRows();
}
