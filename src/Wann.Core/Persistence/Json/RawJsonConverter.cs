using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wann.Core.Persistence;

/// <summary>Reads and writes <see cref="RawJson"/>: the one place where the bound checkpoint needs more than the
/// serializer's defaults (it would re-indent an embedded value).</summary>
internal sealed class RawJsonConverter : JsonConverter<RawJson>
{
    /// <inheritdoc />
    public override RawJson Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Expected an object.");
        }

        using var document = JsonDocument.ParseValue(ref reader);
        return new RawJson(document.RootElement.GetRawText());
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, RawJson value, JsonSerializerOptions options) => writer.WriteRawValue(value.Text);
}
