using System.Text.Json;

namespace Wann.Core.Reproduction;

/// <summary>Reads and writes a JSON object of mutation operator names to numbers, in file order: the shape of both
/// <see cref="MutationWeights"/> and <see cref="OperatorChances"/>.</summary>
internal static class OperatorNumbersJson
{
    /// <summary>Reads the object the reader is at.</summary>
    /// <param name="reader">The reader, at the object's start.</param>
    /// <returns>The names and numbers, in file order.</returns>
    /// <exception cref="JsonException">The value is not an object (files are checked before they are bound, so this is a defect).</exception>
    public static List<(string Name, double Value)> Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("Mutation operators and their numbers must be a JSON object.");
        }

        var entries = new List<(string Name, double Value)>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            string name = reader.GetString()!;
            reader.Read();
            entries.Add((name, reader.GetDouble()));
        }

        return entries;
    }

    /// <summary>Writes names and numbers as an object.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="entries">The names and numbers, in order.</param>
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<(string Name, double Value)> entries)
    {
        writer.WriteStartObject();
        foreach ((string name, double value) in entries)
        {
            writer.WriteNumber(name, value);
        }

        writer.WriteEndObject();
    }
}
