using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Core.Reproduction;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// NEAT's further mutation operators (<see cref="OperatorChances"/>): registered operator names, other than the three
/// NEAT's own fields set (weights, addNode, addConnection), each listed once with a chance in [0, 1].
/// </summary>
internal sealed class OperatorChancesShape : SettingShape
{
    private static string Names => string.Join(", ", MutationOperators.Names.Where(n => !NeatMutations.OwnOperators.Contains(n)));

    public override string Expected => $"an object mapping mutation operators ({Names}) to chances in [0, 1]";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Problem(path, JsonFields.Raw(value), Expected);
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in value.EnumerateObject())
        {
            string at = $"{path}.{property.Name}";
            if (NameProblem(property.Name) is string expected)
            {
                problems.Problem(at, JsonFields.Raw(property.Value), expected);
            }
            else if (!seen.Add(property.Name))
            {
                problems.Problem(at, JsonFields.Raw(property.Value), "each operator listed once");
            }
            else
            {
                problems.NumberValue(property.Value, at, 0, 0, 1);
            }
        }
    }

    public override string? Found(object? value) => value is null ? "null" : null;

    public override IEnumerable<string> Problems(object? value, string path)
    {
        if (value is not OperatorChances chances)
        {
            yield return $"{path}: found null, expected {Expected}";
            yield break;
        }

        foreach ((string name, double chance) in chances.Entries)
        {
            if (NameProblem(name) is string expected)
            {
                yield return $"{path}.{name}: found {chance.ToString(CultureInfo.InvariantCulture)}, expected {expected}";
            }
        }
    }

    public override JsonSchemaNode Schema(string description) => new()
    {
        Type = "object", Description = description,
        AdditionalProperties = JsonSerializer.SerializeToNode(JsonSchemaNode.Range("number", null, JsonValue.Create(0), JsonValue.Create(1)), SettingsJsonContext.Default.JsonSchemaNode),
    };

    public override string Show(object? value) =>
        $"`{{{string.Join(", ", ((OperatorChances)value!).Entries.Select(m => $"\"{m.Name}\": {m.Chance.ToString(CultureInfo.InvariantCulture)}"))}}}`";

    private static string? NameProblem(string name) =>
        NeatMutations.OwnOperators.Contains(name) ? $"an operator other than NEAT's own ({string.Join(", ", NeatMutations.OwnOperators)}: set by weightMutation, addNode, addConnection)"
        : MutationOperators.Contains(name) ? null
        : $"a known mutation operator ({Names})";
}
