using System.Text.Json.Serialization;

namespace Wann.Core.Settings;

/// <summary>Source-generated serialisation of the settings' JSON Schema (<see cref="JsonSchemaNode"/>).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonSchemaNode))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
