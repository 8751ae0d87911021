using System.Collections.Concurrent;
using System.ComponentModel;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wann.Core.Settings.Shapes;
using Wann.Files;

namespace Wann.Core.Settings;

/// <summary>
/// The settings of a record type, read once from its declarations: each init property is one setting, named in
/// camelCase, described by its <see cref="DescriptionAttribute"/>, defaulted by its initializer and bounded by its
/// attributes. From this one declaration come the check of a file (every problem at once, with its JSON path, the
/// value found and what was expected), the check of a record built in code, the JSON Schema, the README's table and
/// the writer's omissions; System.Text.Json binds the values.
/// </summary>
internal sealed class SettingsModel
{
    private static readonly ConcurrentDictionary<Type, SettingsModel> Models = new();

    private SettingsModel(Type type)
    {
        Type = type;
        Description = type.GetCustomAttribute<DescriptionAttribute>()?.Description
            ?? throw new InvalidOperationException($"Settings record {type.Name} has no [Description].");
        object defaults = Activator.CreateInstance(type) ?? throw new InvalidOperationException($"{type.Name} has no parameterless constructor.");
        Properties =
        [
            .. type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
                .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null)
                .OrderBy(p => p.MetadataToken)
                .Select(p => new SettingProperty(
                    JsonNamingPolicy.CamelCase.ConvertName(p.Name),
                    p,
                    p.GetCustomAttribute<DescriptionAttribute>()?.Description ?? throw new InvalidOperationException($"{type.Name}.{p.Name} has no [Description]."),
                    ShapeOf(type, p),
                    p.GetCustomAttribute<WrittenWhenNotDefaultAttribute>() is not null,
                    p.GetValue(defaults))),
        ];
        KnownNames = [.. Properties.Select(p => p.Name), .. type.GetCustomAttribute<IgnoredFieldsAttribute>()?.Names ?? []];
    }

    /// <summary>Gets the record type.</summary>
    public Type Type { get; }

    /// <summary>Gets the record's description (its JSON Schema's).</summary>
    public string Description { get; }

    /// <summary>Gets the settings in declaration order (the order files are written in).</summary>
    public IReadOnlyList<SettingProperty> Properties { get; }

    /// <summary>Gets every name a file may use (the settings, then the ignored fields).</summary>
    public IReadOnlyList<string> KnownNames { get; }

    /// <summary>Gets the model of a settings record type.</summary>
    /// <param name="type">The record type.</param>
    /// <returns>Its model.</returns>
    public static SettingsModel Of(Type type) => Models.GetOrAdd(type, t => new SettingsModel(t));

    /// <summary>Finds a setting by JSON name.</summary>
    /// <param name="name">The JSON name.</param>
    /// <returns>The setting, or <see langword="null"/>.</returns>
    public SettingProperty? Find(string name)
    {
        foreach (SettingProperty p in Properties)
        {
            if (p.Name == name)
            {
                return p;
            }
        }

        return null;
    }

    /// <summary>Checks a JSON object as written in a file: unknown and repeated fields, then each present setting.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="problems">Collects problems.</param>
    public void Check(JsonElement obj, string path, JsonFields problems)
    {
        problems.RejectUnknown(obj, path, KnownNames);
        foreach (SettingProperty p in Properties)
        {
            if (obj.TryGetProperty(p.Name, out JsonElement value))
            {
                p.Shape.Check(value, $"{path}.{p.Name}", problems);
            }
        }
    }

    /// <summary>Lists the problems of a record (built in code or bound), phrased as the file check phrases them.</summary>
    /// <param name="record">The record.</param>
    /// <param name="path">Its JSON path.</param>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Problems(object record, string path) =>
        [.. Properties.SelectMany(p => p.Shape.Problems(p.Get(record), $"{path}.{p.Name}"))];

    /// <summary>Completes a record the binder made from a checked file, in place (the record is the binder's and not yet
    /// shared): a setting the file leaves out takes its declared default (the source-generated binder sets init-only
    /// properties through an object initializer, so it leaves them at the type's zero), and each accepted name takes
    /// its canonical spelling (e.g. an activation's alias); nested sections the file gives are completed the same way.</summary>
    /// <param name="record">The bound record.</param>
    /// <param name="obj">The JSON object it was bound from.</param>
    public void Complete(object record, JsonElement obj)
    {
        // Defaults are immutable (records, read-only lists, the weight maps), so one instance serves every record.
        foreach (SettingProperty p in Properties)
        {
            if (!obj.TryGetProperty(p.Name, out JsonElement given))
            {
                p.Property.SetValue(record, p.Default);
                continue;
            }

            object? value = p.Get(record);
            switch (p.Shape)
            {
                case TextShape text when value is string s:
                    p.Property.SetValue(record, text.Normalise(s));
                    break;
                case TextListShape list when value is IReadOnlyList<string> names:
                    p.Property.SetValue(record, list.Normalise(names));
                    break;
                case SectionShape section when value is not null:
                    section.Model.Complete(value, given);
                    break;
            }
        }
    }

    /// <summary>Describes the record as a JSON Schema object.</summary>
    /// <returns>The schema node.</returns>
    public JsonSchemaNode Schema()
    {
        var properties = new Dictionary<string, JsonSchemaNode>(StringComparer.Ordinal);
        foreach (SettingProperty p in Properties)
        {
            properties.Add(p.Name, p.Shape.Schema(p.Description));
        }

        foreach (string name in KnownNames.Skip(Properties.Count))
        {
            properties.Add(name, new JsonSchemaNode { Description = "Free text, ignored by wann." });
        }

        return new JsonSchemaNode { Type = "object", Description = Description, AdditionalProperties = false, Properties = properties };
    }

    /// <summary>Renders the settings as Markdown table rows (name, default, allowed values, meaning); expanded sections
    /// follow as <c>name.field</c> rows.</summary>
    /// <param name="prefix">Prefix of the names (e.g. <c>neat.</c>).</param>
    /// <returns>The rows, without header.</returns>
    public string MarkdownRows(string prefix = "")
    {
        var text = new StringBuilder();
        var expanded = new StringBuilder();
        foreach (SettingProperty p in Properties)
        {
            text.Append("| `").Append(prefix).Append(p.Name).Append("` | ").Append(Cell(p.Shape.Show(p.Default)))
                .Append(" | ").Append(Cell(p.Shape.Expected)).Append(" | ").Append(p.Description).Append(" |\n");
            if (p.Shape is SectionShape section && p.Property.GetCustomAttribute<SettingSectionAttribute>() is { Expanded: true })
            {
                expanded.Append(section.Model.MarkdownRows($"{prefix}{p.Name}."));
            }
        }

        return text.Append(expanded).ToString();
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static SettingShape ShapeOf(Type owner, PropertyInfo p)
    {
        Type type = p.PropertyType;
        SettingRangeAttribute? range = p.GetCustomAttribute<SettingRangeAttribute>();
        SettingRuleAttribute? rule = p.GetCustomAttribute<SettingRuleAttribute>();
        SettingSectionAttribute? section = p.GetCustomAttribute<SettingSectionAttribute>();
        return (p.GetCustomAttribute<SettingShapeAttribute>()?.Shape, type) switch
        {
            ({ } shape, _) => (SettingShape)Activator.CreateInstance(shape)!,
            (null, _) when type == typeof(bool) => new SwitchShape(),
            (null, _) when type == typeof(ulong) => new UnsignedShape(),
            (null, _) when (type == typeof(int) || type == typeof(long)) && range is not null => new WholeShape((long)range.Min, (long)Math.Min(range.Max, long.MaxValue)),
            (null, _) when type == typeof(double) && range is not null => new NumberShape(range.Min, range.Max),
            (null, _) when type.IsEnum => new ChoiceShape(type),
            (null, _) when type == typeof(string) && rule is not null => new TextShape(Rule(rule)),
            (null, _) when type == typeof(IReadOnlyList<double>) && range is not null => new NumberListShape(range.Min, range.Max, range.Noun ?? "numbers"),
            (null, _) when type == typeof(IReadOnlyList<string>) && rule is not null => new TextListShape(Rule(rule), rule.Noun ?? "value"),
            (null, _) when section is not null => new SectionShape(Of(type), section.Noun, section.Shown),
            _ => throw new InvalidOperationException($"{owner.Name}.{p.Name}: no setting shape for a {type.Name} with these attributes (add a range, a rule, a section or a shape)."),
        };
    }

    private static ISettingRule Rule(SettingRuleAttribute attribute) => (ISettingRule)Activator.CreateInstance(attribute.Rule)!;
}
