using System.Text.Json;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A string accepted by a rule (a registered name, a safe folder name, ...).</summary>
/// <param name="rule">The rule.</param>
internal sealed class TextShape(ISettingRule rule) : SettingShape
{
    public override string Expected => rule.Expected;

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.String)
        {
            problems.Problem(path, JsonFields.Raw(value), $"a string: {rule.Expected}");
        }
        else if (rule.Accept(value.GetString()!) is null)
        {
            problems.Problem(path, JsonFields.Raw(value), rule.Expected);
        }
    }

    public override string? Found(object? value) =>
        value is not string text ? "null" : rule.Accept(text) is null ? JsonSerializer.Serialize(text, SettingsJsonContext.Default.String) : null;

    public override JsonSchemaNode Schema(string description) => new() { Type = "string", Description = $"{description} Expected: {rule.Expected}." };

    public override string Show(object? value) => $"`\"{value}\"`";

    /// <summary>Returns the canonical spelling of an accepted text (the text itself when the rule keeps it).</summary>
    /// <param name="text">An accepted text.</param>
    /// <returns>The value to keep.</returns>
    public string Normalise(string text) => rule.Accept(text) ?? text;
}
