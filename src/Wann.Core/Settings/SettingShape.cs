using System.Text.Json;
using Wann.Files;

namespace Wann.Core.Settings;

/// <summary>
/// How one kind of setting value is checked (in a file, with every problem collected, and on a record built in
/// code), described in the JSON Schema and shown in the README's field table. The kind follows from the
/// property's type and attributes (<see cref="SettingsModel"/>); <see cref="SettingShapeAttribute"/> names others.
/// </summary>
public abstract class SettingShape
{
    /// <summary>Gets what a valid value looks like, as messages and the README say it.</summary>
    public abstract string Expected { get; }

    /// <summary>Checks a value as written in a file, reporting each problem with its JSON path.</summary>
    /// <param name="value">The JSON value.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="problems">Collects problems.</param>
    public abstract void Check(JsonElement value, string path, JsonFields problems);

    /// <summary>Checks a value held by a record (built in code or bound from a file).</summary>
    /// <param name="value">The value.</param>
    /// <returns><see langword="null"/> when valid, else how the value reads in a message ("found X").</returns>
    public abstract string? Found(object? value);

    /// <summary>Lists the problems of a value held by a record, phrased as the loader phrases them.</summary>
    /// <param name="value">The value.</param>
    /// <param name="path">Its JSON path.</param>
    /// <returns>One message per problem.</returns>
    public virtual IEnumerable<string> Problems(object? value, string path) =>
        Found(value) is string found ? [$"{path}: found {found}, expected {Expected}"] : [];

    /// <summary>Describes the value as JSON Schema.</summary>
    /// <param name="description">The setting's description.</param>
    /// <returns>The schema node.</returns>
    public abstract JsonSchemaNode Schema(string description);

    /// <summary>Shows a value in the README's table (Markdown).</summary>
    /// <param name="value">The value.</param>
    /// <returns>The cell text.</returns>
    public abstract string Show(object? value);
}
