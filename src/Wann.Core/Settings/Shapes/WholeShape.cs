using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A whole number (an <see cref="int"/> or <see cref="long"/> property) within declared bounds.</summary>
/// <param name="min">The smallest allowed value.</param>
/// <param name="max">The largest allowed value.</param>
internal sealed class WholeShape(long min, long max) : SettingShape
{
    public override string Expected { get; } = $"a whole number in [{min}, {max}]";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt64(out long v) || v < min || v > max)
        {
            problems.Problem(path, JsonFields.Raw(value), Expected);
        }
    }

    public override string? Found(object? value)
    {
        long v = Convert.ToInt64(value, CultureInfo.InvariantCulture);
        return v < min || v > max ? v.ToString(CultureInfo.InvariantCulture) : null;
    }

    public override JsonSchemaNode Schema(string description) =>
        JsonSchemaNode.Range("integer", description, JsonValue.Create(min), JsonValue.Create(max));

    public override string Show(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
}
