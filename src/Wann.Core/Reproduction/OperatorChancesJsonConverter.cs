using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wann.Core.Reproduction;

/// <summary>Binds <see cref="OperatorChances"/> (a config's <c>neat.mutations</c>): operator names to chances, in file
/// order. Files are checked before they are bound (<see cref="Settings.Shapes.OperatorChancesShape"/>).</summary>
internal sealed class OperatorChancesJsonConverter : JsonConverter<OperatorChances>
{
    public override OperatorChances Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        new(OperatorNumbersJson.Read(ref reader));

    public override void Write(Utf8JsonWriter writer, OperatorChances value, JsonSerializerOptions options) =>
        OperatorNumbersJson.Write(writer, value.Entries);
}
