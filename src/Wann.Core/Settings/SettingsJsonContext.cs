using System.Text.Json.Serialization;

namespace Wann.Core.Settings;

/// <summary>Source-generated serialisation of the settings' JSON Schema (<see cref="JsonSchemaNode"/>) and of the strings quoted in messages.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JsonSchemaNode))]
[JsonSerializable(typeof(string))]
internal sealed partial class SettingsJsonContext : JsonSerializerContext;
