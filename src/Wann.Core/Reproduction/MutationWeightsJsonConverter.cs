using System.Text.Json;
using System.Text.Json.Serialization;

namespace Wann.Core.Reproduction;

/// <summary>
/// Binds a config's <c>mutation</c> object: operator names to weights, in roulette order; operators a file does not
/// list keep their default weights, so configs written for the reference's four operators load unchanged. Files are
/// checked before they are bound (<see cref="Settings.Shapes.MutationWeightsShape"/>).
/// </summary>
internal sealed class MutationWeightsJsonConverter : JsonConverter<MutationWeights>
{
    public override MutationWeights Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        MutationWeights.Default.With([.. OperatorNumbersJson.Read(ref reader)]);

    public override void Write(Utf8JsonWriter writer, MutationWeights value, JsonSerializerOptions options) =>
        OperatorNumbersJson.Write(writer, value.Entries);
}
