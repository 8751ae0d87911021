using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Core.Reproduction;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// The mutation operators' weight map (<see cref="MutationWeights"/>): registered operator names to weights in
/// [0, 1000000], each listed once, at least one positive once the unlisted operators keep their defaults.
/// </summary>
internal sealed class MutationWeightsShape : SettingShape
{
    private const double Max = 1e6;

    private static string Names => string.Join(", ", MutationOperators.Names);

    public override string Expected => $"an object mapping mutation operators ({Names}) to weights in [0, 1000000], at least one positive";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Problem(path, JsonFields.Raw(value), $"an object mapping mutation operators ({Names}) to weights");
            return;
        }

        var changes = new List<(string Name, double Weight)>();
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            if (!MutationOperators.Contains(property.Name))
            {
                problems.Problem(at, JsonFields.Raw(property.Value), $"a known mutation operator ({Names})");
            }
            else if (changes.Exists(c => c.Name == property.Name))
            {
                problems.Problem(at, JsonFields.Raw(property.Value), "each operator listed once");
            }
            else
            {
                changes.Add((property.Name, problems.NumberValue(property.Value, at, MutationWeights.Default[property.Name], 0, Max)));
            }
        }

        double total;
        try
        {
            total = MutationWeights.Default.With([.. changes]).Total;
        }
        catch (ArgumentException)
        {
            total = 0;
        }

        if (!(total > 0))
        {
            problems.Problem(path, $"weights summing to {total.ToString(CultureInfo.InvariantCulture)}", "at least one operator with a positive weight");
        }
    }

    public override string? Found(object? value) => value is null ? "null" : null;

    public override IEnumerable<string> Problems(object? value, string path)
    {
        if (value is not MutationWeights weights)
        {
            yield return $"{path}: found null, expected {Expected}";
            yield break;
        }

        foreach ((string name, double weight) in weights.Entries)
        {
            string found = weight.ToString(CultureInfo.InvariantCulture);
            if (!MutationOperators.Contains(name))
            {
                yield return $"{path}.{name}: found {found}, expected a known mutation operator ({Names})";
            }
            else if (!(weight >= 0 && weight <= Max))
            {
                yield return $"{path}.{name}: found {found}, expected a number in [0, 1000000]";
            }
        }
    }

    public override JsonSchemaNode Schema(string description) => new()
    {
        Type = "object", Description = "Relative chances of the mutation operators, by name; unlisted operators keep their defaults.",
        AdditionalProperties = JsonSerializer.SerializeToNode(JsonSchemaNode.Range("number", null, JsonValue.Create(0), JsonValue.Create(Max)), SettingsJsonContext.Default.JsonSchemaNode),
    };

    public override string Show(object? value) =>
        $"`{{{string.Join(", ", ((MutationWeights)value!).Entries.Select(m => $"\"{m.Name}\": {m.Weight.ToString(CultureInfo.InvariantCulture)}"))}}}`";
}
