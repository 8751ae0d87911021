using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wann.Core.Reproduction;

/// <summary>Binds <see cref="OperatorChances"/> as a JSON object of operator names to chances, in file order. Files are
/// checked before they are bound (<see cref="Settings.Shapes.OperatorChancesShape"/>), so a malformed map here is a defect.</summary>
internal sealed class OperatorChancesJsonConverter : JsonConverter<OperatorChances>
{
    public override OperatorChances Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Mutation chances must be a JSON object.");
        }

        var entries = new List<(string Name, double Chance)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            entries.Add((name, reader.GetDouble()));
        }

        return new OperatorChances(entries);
    }

    public override void Write(Utf8JsonWriter writer, OperatorChances value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach ((string name, double chance) in value.Entries)
        {
            writer.WriteNumber(name, chance);
        }

        writer.WriteEndObject();
    }
}
