using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A whole number in [0, 2^64 - 1] (seeds: every random stream is keyed by an unsigned 64-bit value, and
/// derived seeds such as a benchmark's per-run seeds use the whole range).</summary>
internal sealed class UnsignedShape : SettingShape
{
    public override string Expected { get; } = $"a whole number in [0, {ulong.MaxValue}]";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetUInt64(out _))
        {
            problems.Problem(path, JsonFields.Raw(value), Expected);
        }
    }

    public override string? Found(object? value) => null;

    public override JsonSchemaNode Schema(string description) =>
        JsonSchemaNode.Range("integer", description, JsonValue.Create(0UL), JsonValue.Create(ulong.MaxValue));

    public override string Show(object? value) => ((ulong)value!).ToString(CultureInfo.InvariantCulture);
}
