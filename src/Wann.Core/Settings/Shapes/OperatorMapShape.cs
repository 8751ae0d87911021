using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// An object of mutation operator names to numbers within [0, <see cref="Max"/>], each operator listed once: the
/// common part of the WANN weight map and NEAT's further operators. A subclass says which names it takes and may
/// check the whole map.
/// </summary>
internal abstract class OperatorMapShape : SettingShape
{
    /// <summary>Gets the largest number an operator may have.</summary>
    protected abstract double Max { get; }

    /// <summary>Gets what the object maps to, for messages (e.g. "an object mapping mutation operators (…) to weights").</summary>
    protected abstract string ObjectExpected { get; }

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Problem(path, JsonFields.Raw(value), ObjectExpected);
            return;
        }

        var entries = new List<(string Name, double Value)>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            if (NameProblem(property.Name) is string expected)
            {
                problems.Problem(at, JsonFields.Raw(property.Value), expected);
            }
            else if (entries.Exists(c => c.Name == property.Name))
            {
                problems.Problem(at, JsonFields.Raw(property.Value), "each operator listed once");
            }
            else
            {
                entries.Add((property.Name, problems.NumberValue(property.Value, at, Fallback(property.Name), 0, Max)));
            }
        }

        CheckWhole(entries, path, problems);
    }

    public override string? Found(object? value) => value is null ? "null" : null;

    public override IEnumerable<string> Problems(object? value, string path)
    {
        if (value is null)
        {
            yield return $"{path}: found null, expected {Expected}";
            yield break;
        }

        foreach ((string name, double number) in Entries(value))
        {
            string found = number.ToString(CultureInfo.InvariantCulture);
            if (NameProblem(name) is string expected)
            {
                yield return $"{path}.{name}: found {found}, expected {expected}";
            }
            else if (!(number >= 0 && number <= Max))
            {
                yield return $"{path}.{name}: found {found}, expected {NumberExpected}";
            }
        }
    }

    public override string Show(object? value) =>
        $"`{{{string.Join(", ", Entries(value!).Select(m => $"\"{m.Name}\": {m.Value.ToString(CultureInfo.InvariantCulture)}"))}}}`";

    /// <summary>Gets what each number must be.</summary>
    protected string NumberExpected => $"a number in [0, {Max.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Gets the schema of each operator's number.</summary>
    /// <returns>The node, as the <c>additionalProperties</c> of the object's schema.</returns>
    protected JsonNode? NumberSchema() =>
        JsonSerializer.SerializeToNode(JsonSchemaNode.Range("number", null, JsonValue.Create(0), JsonValue.Create(Max)), SettingsJsonContext.Default.JsonSchemaNode);

    /// <summary>Says what is wrong with an operator name.</summary>
    /// <param name="name">The name.</param>
    /// <returns><see langword="null"/> when the map may list it, else what was expected.</returns>
    protected abstract string? NameProblem(string name);

    /// <summary>Gets the entries of a record's map.</summary>
    /// <param name="value">The map.</param>
    /// <returns>Names and numbers, in order.</returns>
    protected abstract IReadOnlyList<(string Name, double Value)> Entries(object value);

    /// <summary>Gets the number an entry counts as when its own is malformed (for the whole-map check).</summary>
    /// <param name="name">The operator.</param>
    /// <returns>The number.</returns>
    protected virtual double Fallback(string name) => 0;

    /// <summary>Checks the map as a whole once its entries are read (nothing by default).</summary>
    /// <param name="entries">The well-formed entries.</param>
    /// <param name="path">The map's JSON path.</param>
    /// <param name="problems">Collects problems.</param>
    protected virtual void CheckWhole(IReadOnlyList<(string Name, double Value)> entries, string path, JsonFields problems)
    {
    }
}
