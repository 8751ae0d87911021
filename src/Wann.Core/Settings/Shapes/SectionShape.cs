using System.Text.Json;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>A nested settings record (a component's settings), read, checked and described by its own declarations.</summary>
/// <param name="model">The nested record's declarations.</param>
/// <param name="noun">What the object holds, as in "an object of NOUN".</param>
/// <param name="shown">How the README's table shows the default.</param>
internal sealed class SectionShape(SettingsModel model, string noun, string shown) : SettingShape
{
    /// <summary>Gets the nested record's declarations.</summary>
    public SettingsModel Model { get; } = model;

    public override string Expected => $"an object of {noun}";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        if (value.ValueKind != JsonValueKind.Object)
        {
            problems.Problem(path, JsonFields.Raw(value), Expected);
            return;
        }

        Model.Check(value, path, problems);
    }

    public override string? Found(object? value) => value is null ? "null" : null;

    public override IEnumerable<string> Problems(object? value, string path) =>
        value is null ? [$"{path}: found null, expected {Expected}"] : Model.Problems(value, path);

    public override JsonSchemaNode Schema(string description) => Model.Schema();

    public override string Show(object? value) => shown;
}
