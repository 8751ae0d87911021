using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A non-empty list of numbers, each within declared bounds.</summary>
/// <param name="min">The smallest allowed number.</param>
/// <param name="max">The largest allowed number.</param>
/// <param name="noun">What the numbers are (e.g. "the shared weight values").</param>
internal sealed class NumberListShape(double min, double max, string noun) : SettingShape
{
    public override string Expected { get; } = $"a non-empty array of numbers in {JsonFields.Bounds(min, max)} ({noun})";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            problems.Problem(path, JsonFields.Raw(value), $"a non-empty array of numbers ({noun})");
            return;
        }

        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            problems.NumberValue(item, $"{path}[{i++}]", 0, min, max);
        }
    }

    public override string? Found(object? value)
    {
        IReadOnlyList<double> numbers = value as IReadOnlyList<double> ?? [];
        return numbers.Count == 0 || numbers.Any(v => !(v >= min && v <= max)) ? $"[{Join(numbers)}]" : null;
    }

    public override JsonSchemaNode Schema(string description) => new()
    {
        Type = "array", Description = description, MinItems = 1,
        Items = JsonSchemaNode.Range("number", null, JsonValue.Create(min), JsonValue.Create(max)),
    };

    public override string Show(object? value) => $"`[{Join(value as IReadOnlyList<double> ?? [])}]`";

    private static string Join(IReadOnlyList<double> numbers) => string.Join(", ", numbers.Select(v => v.ToString(CultureInfo.InvariantCulture)));
}
