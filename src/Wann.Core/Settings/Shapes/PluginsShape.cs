using System.Text.Json;
using Wann.Files;

namespace Wann.Core.Settings.Shapes;

/// <summary>
/// The plug-in assemblies a config loads. The loader resolves them against the config's folder and loads them
/// before any other setting is checked (a task or an activation may be theirs), so it reports their problems
/// itself; a record's paths are absolute, and a missing file is a problem.
/// </summary>
internal sealed class PluginsShape : SettingShape
{
    public override string Expected => "an array of paths of .NET assemblies with an IWannPlugin";

    public override void Check(JsonElement value, string path, JsonFields problems)
    {
        // Checked (and loaded) by ExperimentConfigLoader before the other settings.
    }

    public override string? Found(object? value) =>
        (value as IReadOnlyList<string> ?? []).FirstOrDefault(p => !File.Exists(p)) is string missing ? JsonSerializer.Serialize(missing, SettingsJsonContext.Default.String) : null;

    public override JsonSchemaNode Schema(string description) =>
        new() { Type = "array", Description = "Plug-in assemblies, relative to the config file.", Items = new() { Type = "string" } };

    public override string Show(object? value) => "`[]`";
}
