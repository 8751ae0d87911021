using System.Text.Json;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A non-empty list of distinct strings, each accepted by a rule (and kept in its canonical spelling).</summary>
/// <param name="rule">The rule each string must pass.</param>
/// <param name="noun">What each string names (e.g. "activation").</param>
internal sealed class TextListShape(ISettingRule rule, string noun) : SettingShape
{
    public override string Expected => $"a non-empty array of distinct names, each {rule.Expected}";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Array || value.GetArrayLength() == 0)
        {
            problems.Problem(path, JsonFields.Raw(value), $"a non-empty array of {noun} names");
            return;
        }

        var names = new List<string>();
        int i = 0;
        foreach (JsonElement item in value.EnumerateArray())
        {
            string at = $"{path}[{i++}]";
            if (item.ValueKind != JsonValueKind.String || rule.Accept(item.GetString()!) is not string name)
            {
                problems.Problem(at, JsonFields.Raw(item), rule.Expected);
            }
            else if (names.Contains(name))
            {
                problems.Problem(at, JsonFields.Raw(item), $"each {noun} listed once");
            }
            else
            {
                names.Add(name);
            }
        }
    }

    public override string? Found(object? value)
    {
        IReadOnlyList<string> names = value as IReadOnlyList<string> ?? [];
        return names.Count == 0 || names.Any(n => rule.Accept(n) is null) || names.Distinct(StringComparer.Ordinal).Count() != names.Count
            ? $"[{string.Join(", ", names.Select(n => $"\"{n}\""))}]"
            : null;
    }

    public override JsonSchemaNode Schema(string description) => new()
    {
        Type = "array", Description = $"{description} Expected: {Expected}.", MinItems = 1, UniqueItems = true,
        Items = new() { Type = "string" },
    };

    public override string Show(object? value) => $"all {(value as IReadOnlyList<string> ?? []).Count}";

    /// <summary>Returns the canonical spellings of accepted names.</summary>
    /// <param name="names">Accepted names.</param>
    /// <returns>The names to keep.</returns>
    public IReadOnlyList<string> Normalise(IReadOnlyList<string> names) => [.. names.Select(n => rule.Accept(n) ?? n)];
}
