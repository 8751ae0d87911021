using System.Text;
using System.Text.Json;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Settings;

/// <summary>
/// The declared fields of a settings record, in file order: reads a JSON object (every problem at once,
/// each with its JSON path, the value found and what was expected), writes it, validates a record built in
/// code with the same bounds, and describes itself as JSON Schema and as a Markdown table.
/// </summary>
/// <typeparam name="T">The settings record.</typeparam>
/// <param name="fields">The fields, in the order they are written.</param>
/// <param name="ignored">Names accepted and ignored when read (e.g. a free-text description).</param>
public sealed class SettingsTable<T>(IReadOnlyList<SettingField<T>> fields, params string[] ignored)
    where T : class
{
    /// <summary>Gets the fields in file order.</summary>
    public IReadOnlyList<SettingField<T>> Fields { get; } = fields;

    /// <summary>Gets every name a file may use.</summary>
    public IReadOnlyList<string> KnownNames { get; } = [.. fields.Select(f => f.Name), .. ignored];

    /// <summary>Reads an object's fields over <paramref name="defaults"/>: absent fields keep their default.</summary>
    /// <param name="obj">The JSON object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="problems">Collects problems.</param>
    /// <param name="defaults">The record the values are set on.</param>
    /// <returns>The record read.</returns>
    public T Read(JsonElement obj, string path, JsonFields problems, T defaults)
    {
        ArgumentNullException.ThrowIfNull(problems);
        problems.RejectUnknown(obj, path, KnownNames);
        T value = defaults;
        foreach (SettingField<T> field in Fields)
        {
            if (obj.TryGetProperty(field.Name, out JsonElement e))
            {
                value = field.Read(e, $"{path}.{field.Name}", problems, value);
            }
        }

        return value;
    }

    /// <summary>Writes every field of <paramref name="value"/> into the current JSON object.</summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="value">The record.</param>
    public void Write(Utf8JsonWriter writer, T value)
    {
        foreach (SettingField<T> field in Fields)
        {
            field.Write(writer, value);
        }
    }

    /// <summary>Lists the fields of a record (built in code or read) that are out of their declared bounds.</summary>
    /// <param name="value">The record.</param>
    /// <param name="path">Its JSON path.</param>
    /// <returns>One message per problem, as the loader phrases them.</returns>
    public IReadOnlyList<string> Problems(T value, string path)
    {
        var problems = new List<string>();
        foreach (SettingField<T> field in Fields)
        {
            if (field.Check(value) is string found)
            {
                problems.Add(found.StartsWith('$') ? found : $"{path}.{field.Name}: found {found}, expected {field.Expected}");
            }
        }

        return problems;
    }

    /// <summary>Gets the JSON Schema of an object with these fields.</summary>
    /// <param name="description">The object's description.</param>
    /// <returns>The schema node.</returns>
    public JsonSchemaNode Schema(string description)
    {
        var properties = new Dictionary<string, JsonSchemaNode>(StringComparer.Ordinal);
        foreach (SettingField<T> field in Fields)
        {
            properties.Add(field.Name, field.Schema());
        }

        foreach (string name in KnownNames.Skip(Fields.Count))
        {
            properties.Add(name, new JsonSchemaNode { Description = "Free text, ignored by wann." });
        }

        return new JsonSchemaNode { Type = "object", Description = description, AdditionalProperties = false, Properties = properties };
    }

    /// <summary>Renders the fields as a Markdown table: name, default, allowed values, meaning.</summary>
    /// <param name="defaults">The defaults shown.</param>
    /// <param name="prefix">Prefix of the names (e.g. <c>neat.</c>).</param>
    /// <returns>The table's rows (without header).</returns>
    public string MarkdownRows(T defaults, string prefix = "")
    {
        var text = new StringBuilder();
        foreach (SettingField<T> field in Fields)
        {
            text.Append("| `").Append(prefix).Append(field.Name).Append("` | ").Append(field.Show(defaults).Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" | ").Append(field.Expected.Replace("|", "\\|", StringComparison.Ordinal))
                .Append(" | ").Append(field.Description).Append(" |\n");
        }

        return text.ToString();
    }
}
