using System.Text.Json.Serialization;

namespace Wann.Core.Persistence;

/// <summary>A JSON object kept as text: written byte for byte as given (the config inside a checkpoint is the config
/// writer's indented text, and the checkpoint's seal covers those bytes), read back as the object's raw text.</summary>
/// <param name="Text">The JSON text.</param>
[JsonConverter(typeof(RawJsonConverter))]
internal sealed record RawJson(string Text);
