using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Wann.Core.Evolution;

namespace Wann.Core.Settings;

/// <summary>
/// Binds experiment configs (and their section records) to JSON with System.Text.Json (source-generated, <see cref="ExperimentConfigJsonContext"/>),
/// adding what the declarations say beyond the serialiser's own rules: a setting marked
/// <see cref="WrittenWhenNotDefaultAttribute"/> is written only when it differs from its default, settings a file
/// leaves out take their declared defaults, and bound names are put in their canonical spelling. Files are checked by <see cref="SettingsModel"/> before they are bound.
/// </summary>
internal static class SettingsBinding
{
    private static readonly JsonTypeInfo<ExperimentConfig> TypeInfo = (JsonTypeInfo<ExperimentConfig>)new JsonSerializerOptions(ExperimentConfigJsonContext.Default.Options)
    {
        TypeInfoResolver = ExperimentConfigJsonContext.Default.WithAddedModifier(OmitDefaults),

        // The same leniency as the document the loader parsed (configs may carry comments and trailing commas): the
        // binder reads the element's text again.
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    }.GetTypeInfo(typeof(ExperimentConfig));

    /// <summary>Binds a checked JSON object.</summary>
    /// <param name="obj">The object (checked already: a binding error here is a defect).</param>
    /// <returns>The record, with the declared defaults of the settings the object leaves out.</returns>
    public static ExperimentConfig Bind(JsonElement obj)
    {
        ExperimentConfig record = obj.Deserialize(TypeInfo) ?? throw new JsonException("An experiment config cannot be null.");
        SettingsModel.Of(typeof(ExperimentConfig)).Complete(record, obj);
        return record;
    }

    /// <summary>Writes a record as a JSON object.</summary>
    /// <param name="writer">The writer (its options decide the indentation).</param>
    /// <param name="record">The record.</param>
    public static void Write(Utf8JsonWriter writer, ExperimentConfig record) => JsonSerializer.Serialize(writer, record, TypeInfo);

    private static void OmitDefaults(JsonTypeInfo info)
    {
        // Every object type of the context is a settings record (the config and its sections).
        if (info.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }

        SettingsModel model = SettingsModel.Of(info.Type);
        foreach (JsonPropertyInfo property in info.Properties)
        {
            if (model.Find(property.Name) is { WrittenWhenNotDefault: true } setting)
            {
                property.ShouldSerialize = (_, value) => !setting.IsDefault(value);
            }
        }
    }
}
