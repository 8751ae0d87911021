using System.Text.Json;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Settings;

/// <summary>
/// One field of a settings record, declared once: its JSON name, its description, and how it is read
/// (with every problem collected), written, checked on a record built in code, shown in the JSON Schema and
/// in the README's table. Loader, writer, validator, schema and documentation all come from these
/// declarations, so a field cannot be known to one and forgotten by another.
/// </summary>
/// <typeparam name="T">The settings record.</typeparam>
public sealed class SettingField<T>
    where T : class
{
    internal SettingField(
        string name,
        string description,
        Func<string> expected,
        Func<JsonElement, string, JsonFields, T, T> read,
        Action<Utf8JsonWriter, T> write,
        Func<T, string?> check,
        Func<JsonSchemaNode> schema,
        Func<T, string> show)
    {
        Name = name;
        Description = description;
        _expected = expected;
        Read = read;
        Write = write;
        Check = check;
        Schema = schema;
        Show = show;
    }

    private readonly Func<string> _expected;

    /// <summary>Gets the field's JSON name.</summary>
    public string Name { get; }

    /// <summary>Gets what the field means.</summary>
    public string Description { get; }

    /// <summary>Gets what a valid value looks like (as error messages and the README say it).</summary>
    public string Expected => _expected();

    /// <summary>Reads the field's JSON value (present in the file) into a record, reporting problems.</summary>
    internal Func<JsonElement, string, JsonFields, T, T> Read { get; }

    /// <summary>Writes the field (name and value), or nothing when it is written only when set.</summary>
    internal Action<Utf8JsonWriter, T> Write { get; }

    /// <summary>Checks a record's value: <see langword="null"/> when valid, else "found X".</summary>
    internal Func<T, string?> Check { get; }

    /// <summary>Writes the field's JSON Schema (an object).</summary>
    internal Func<JsonSchemaNode> Schema { get; }

    /// <summary>Renders a record's value for tables.</summary>
    public Func<T, string> Show { get; }
}
