using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A finite number within declared bounds.</summary>
/// <param name="min">The smallest allowed value.</param>
/// <param name="max">The largest allowed value.</param>
internal sealed class NumberShape(double min, double max) : SettingShape
{
    public override string Expected { get; } = JsonFields.NumberIn(min, max);

    public override void Check(JsonElement value, string path, JsonFields problems) => problems.NumberValue(value, path, double.NaN, min, max);

    public override string? Found(object? value) =>
        value is double v && !(v >= min && v <= max) ? v.ToString(CultureInfo.InvariantCulture) : null;

    public override JsonSchemaNode Schema(string description) =>
        JsonSchemaNode.Range("number", description, JsonValue.Create(min), JsonValue.Create(max));

    public override string Show(object? value) => ((double)value!).ToString(CultureInfo.InvariantCulture);
}
