using System.ComponentModel;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// One of an enum's values, written by the name its <see cref="JsonStringEnumMemberNameAttribute"/> gives and
/// explained by its <see cref="DescriptionAttribute"/> (the same names the serialiser writes).
/// </summary>
internal sealed class ChoiceShape : SettingShape
{
    private readonly (string Name, object Value, string Meaning)[] _choices;

    /// <summary>Reads an enum's choices.</summary>
    /// <param name="type">The enum type.</param>
    public ChoiceShape(Type type)
    {
        _choices =
        [
            .. type.GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (
                f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? throw new InvalidOperationException($"{type.Name}.{f.Name} has no JSON name."),
                f.GetValue(null)!,
                f.GetCustomAttribute<DescriptionAttribute>()?.Description ?? throw new InvalidOperationException($"{type.Name}.{f.Name} has no description."))),
        ];
        Expected = string.Join(" or ", _choices.Select(c => $"\"{c.Name}\" ({c.Meaning})"));
    }

    public override string Expected { get; }

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        string? text = value.ValueKind == JsonValueKind.String ? value.GetString() : null;
        if (!Array.Exists(_choices, c => c.Name == text))
        {
            problems.Problem(path, JsonFields.Raw(value), Expected);
        }
    }

    public override string? Found(object? value) => NameOf(value) is null ? value?.ToString() ?? "null" : null;

    public override JsonSchemaNode Schema(string description) => new() { Description = description, Enum = [.. _choices.Select(c => c.Name)] };

    public override string Show(object? value) => $"`\"{NameOf(value)}\"`";

    private string? NameOf(object? value)
    {
        foreach ((string name, object choice, _) in _choices)
        {
            if (choice.Equals(value))
            {
                return name;
            }
        }

        return null;
    }
}
