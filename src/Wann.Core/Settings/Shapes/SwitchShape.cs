using System.Text.Json;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>true or false.</summary>
internal sealed class SwitchShape : SettingShape
{
    public override string Expected => "true or false";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            problems.Problem(path, JsonFields.Raw(value), Expected);
        }
    }

    public override string? Found(object? value) => null;

    public override JsonSchemaNode Schema(string description) => new() { Type = "boolean", Description = description };

    public override string Show(object? value) => (bool)value! ? "`true`" : "`false`";
}
