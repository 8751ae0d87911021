using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wann.Core.Reproduction;

/// <summary>
/// Binds a config's <c>mutation</c> object: operator names to weights, in roulette order; operators a file does not
/// list keep their default weights, so configs written for the reference's four operators load unchanged. Files are
/// checked before they are bound (<see cref="Settings.Shapes.MutationWeightsShape"/>), so a malformed map here is a defect.
/// </summary>
internal sealed class MutationWeightsJsonConverter : JsonConverter<MutationWeights>
{
    public override MutationWeights Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A mutation map must be a JSON object.");
        }

        var changes = new List<(string Name, double Weight)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            changes.Add((name, reader.GetDouble()));
        }

        return MutationWeights.Default.With([.. changes]);
    }

    public override void Write(Utf8JsonWriter writer, MutationWeights value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach ((string name, double weight) in value.Entries)
        {
            writer.WriteNumber(name, weight);
        }

        writer.WriteEndObject();
    }
}
