using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Settings;

/// <summary>Declares the usual kinds of <see cref="SettingField{T}"/>: whole numbers, numbers, names, switches and choices.</summary>
/// <typeparam name="T">The settings record.</typeparam>
public static class Setting<T>
    where T : class
{
    /// <summary>A whole number within [min, max].</summary>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="min">Smallest allowed.</param>
    /// <param name="max">Largest allowed.</param>
    /// <param name="get">Reads the record's value.</param>
    /// <param name="set">Returns the record with the value set.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Whole(string name, string description, long min, long max, Func<T, long> get, Func<T, long, T> set)
    {
        string expected = $"a whole number in [{min}, {max}]";
        return new SettingField<T>(
            name,
            description,
            () => expected,
            (e, path, problems, value) =>
            {
                if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out long v) || v < min || v > max)
                {
                    problems.Problem(path, JsonFields.Raw(e), expected);
                    return value;
                }

                return set(value, v);
            },
            (w, value) => w.WriteNumber(name, get(value)),
            value => get(value) is long v && (v < min || v > max) ? v.ToString(CultureInfo.InvariantCulture) : null,
            () => JsonSchemaNode.Range("integer", description, JsonValue.Create(min), JsonValue.Create(max)),
            value => get(value).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A whole number in [0, 2^64 - 1] (seeds: every random stream is keyed by an unsigned 64-bit value, and derived seeds
    /// such as a benchmark's per-run seeds use the whole range).</summary>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="get">Reads the record's value.</param>
    /// <param name="set">Returns the record with the value set.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Unsigned(string name, string description, Func<T, ulong> get, Func<T, ulong, T> set)
    {
        string expected = $"a whole number in [0, {ulong.MaxValue}]";
        return new SettingField<T>(
            name,
            description,
            () => expected,
            (e, path, problems, value) =>
            {
                if (e.ValueKind != JsonValueKind.Number || !e.TryGetUInt64(out ulong v))
                {
                    problems.Problem(path, JsonFields.Raw(e), expected);
                    return value;
                }

                return set(value, v);
            },
            (w, value) => w.WriteNumber(name, get(value)),
            _ => null,
            () => JsonSchemaNode.Range("integer", description, JsonValue.Create(0UL), JsonValue.Create(ulong.MaxValue)),
            value => get(value).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A finite number within [min, max].</summary>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="min">Smallest allowed.</param>
    /// <param name="max">Largest allowed.</param>
    /// <param name="get">Reads the record's value.</param>
    /// <param name="set">Returns the record with the value set.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Number(string name, string description, double min, double max, Func<T, double> get, Func<T, double, T> set)
    {
        string expected = $"a number in [{Format(min)}, {Format(max)}]";
        return new SettingField<T>(
            name,
            description,
            () => expected,
            (e, path, problems, value) =>
            {
                double v = problems.NumberValue(e, path, double.NaN, min, max);
                return double.IsNaN(v) ? value : set(value, v);
            },
            (w, value) => w.WriteNumber(name, get(value)),
            value => get(value) is double v && !(v >= min && v <= max) ? v.ToString(CultureInfo.InvariantCulture) : null,
            () => JsonSchemaNode.Range("number", description, JsonValue.Create(min), JsonValue.Create(max)),
            value => get(value).ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>A string, checked (and normalised) by <paramref name="accept"/>.</summary>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="expected">What a valid value is (evaluated when needed: registries grow with plug-ins).</param>
    /// <param name="accept">Returns the value to keep, or <see langword="null"/> when the text is not valid.</param>
    /// <param name="get">Reads the record's value.</param>
    /// <param name="set">Returns the record with the value set.</param>
    /// <param name="writeWhen">Written only when this holds (default: always).</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Text(string name, string description, Func<string> expected, Func<string, string?> accept, Func<T, string> get, Func<T, string, T> set, Func<T, bool>? writeWhen = null) =>
        new(
            name,
            description,
            expected,
            (e, path, problems, value) =>
            {
                if (e.ValueKind != JsonValueKind.String)
                {
                    problems.Problem(path, JsonFields.Raw(e), $"a string: {expected()}");
                    return value;
                }

                string text = e.GetString()!;
                if (accept(text) is not string kept)
                {
                    problems.Problem(path, JsonFields.Raw(e), expected());
                    return value;
                }

                return set(value, kept);
            },
            (w, value) =>
            {
                if (writeWhen is null || writeWhen(value))
                {
                    w.WriteString(name, get(value));
                }
            },
            value => get(value) is string v && accept(v) is null ? JsonSerializer.Serialize(v) : null,
            () => new JsonSchemaNode { Type = "string", Description = $"{description} Expected: {expected()}." },
            value => $"`\"{get(value)}\"`");

    /// <summary>true or false.</summary>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="get">Reads the record's value.</param>
    /// <param name="set">Returns the record with the value set.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Switch(string name, string description, Func<T, bool> get, Func<T, bool, T> set) =>
        new(
            name,
            description,
            () => "true or false",
            (e, path, problems, value) =>
            {
                if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
                {
                    problems.Problem(path, JsonFields.Raw(e), "true or false");
                    return value;
                }

                return set(value, e.GetBoolean());
            },
            (w, value) => w.WriteBoolean(name, get(value)),
            _ => null,
            () => new JsonSchemaNode { Type = "boolean", Description = description },
            value => get(value) ? "`true`" : "`false`");

    /// <summary>One of a few named choices.</summary>
    /// <typeparam name="TChoice">The choice's type.</typeparam>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="choices">Each choice's name, value and meaning.</param>
    /// <param name="get">Reads the record's value.</param>
    /// <param name="set">Returns the record with the value set.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Choice<TChoice>(string name, string description, IReadOnlyList<(string Name, TChoice Value, string Meaning)> choices, Func<T, TChoice> get, Func<T, TChoice, T> set)
        where TChoice : struct
    {
        string expected = string.Join(" or ", choices.Select(c => $"\"{c.Name}\" ({c.Meaning})"));
        string? NameOf(TChoice value)
        {
            foreach ((string Name, TChoice Value, string Meaning) c in choices)
            {
                if (EqualityComparer<TChoice>.Default.Equals(c.Value, value))
                {
                    return c.Name;
                }
            }

            return null;
        }

        return new SettingField<T>(
            name,
            description,
            () => expected,
            (e, path, problems, value) =>
            {
                string? text = e.ValueKind == JsonValueKind.String ? e.GetString() : null;
                foreach ((string Name, TChoice Value, string Meaning) c in choices)
                {
                    if (c.Name == text)
                    {
                        return set(value, c.Value);
                    }
                }

                problems.Problem(path, JsonFields.Raw(e), expected);
                return value;
            },
            (w, value) => w.WriteString(name, NameOf(get(value)) ?? throw new ArgumentOutOfRangeException(nameof(value), get(value), $"No name for this {name}.")),
            value => NameOf(get(value)) is null ? get(value).ToString() : null,
            () => new JsonSchemaNode { Description = description, Enum = [.. choices.Select(c => c.Name)] },
            value => $"`\"{NameOf(get(value))}\"`");
    }

    /// <summary>A field of any other shape: the caller gives every part.</summary>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="expected">What a valid value is.</param>
    /// <param name="read">Reads the present JSON value, reporting problems.</param>
    /// <param name="write">Writes the field.</param>
    /// <param name="check">Checks a record: <see langword="null"/>, "found X", or a whole message starting with its path.</param>
    /// <param name="schema">Writes the field's schema object.</param>
    /// <param name="show">Renders a value for tables.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Custom(string name, string description, Func<string> expected, Func<JsonElement, string, JsonFields, T, T> read, Action<Utf8JsonWriter, T> write, Func<T, string?> check, Func<JsonSchemaNode> schema, Func<T, string> show) =>
        new(name, description, expected, read, write, check, schema, show);

    /// <summary>A nested settings object (a component's settings, e.g. <c>neat</c> or <c>speciation</c>) read, written and
    /// checked by its own table; an object of another shape is reported with its path.</summary>
    /// <typeparam name="TSection">The nested settings record.</typeparam>
    /// <param name="name">JSON name.</param>
    /// <param name="description">Meaning.</param>
    /// <param name="noun">What the object holds, as in "an object of NOUN".</param>
    /// <param name="table">The nested record's fields.</param>
    /// <param name="get">Reads the nested record.</param>
    /// <param name="with">Returns the record with the nested one replaced.</param>
    /// <param name="schemaDescription">The nested object's schema description.</param>
    /// <param name="shown">How tables show its default.</param>
    /// <param name="omittedWhenEqualTo">When given, the field is written only when its value differs from this one, so configs
    /// and checkpoints of runs that do not use the component keep their bytes; otherwise it is always written.</param>
    /// <returns>The field.</returns>
    public static SettingField<T> Section<TSection>(string name, string description, string noun, SettingsTable<TSection> table, Func<T, TSection> get, Func<T, TSection, T> with, string schemaDescription, string shown, TSection? omittedWhenEqualTo = null)
        where TSection : class
    {
        ArgumentNullException.ThrowIfNull(table);
        string expected = $"an object of {noun}";
        return Custom(
            name,
            description,
            () => expected,
            (e, path, problems, value) =>
            {
                if (e.ValueKind != JsonValueKind.Object)
                {
                    problems.Problem(path, JsonFields.Raw(e), expected);
                    return value;
                }

                return with(value, table.Read(e, path, problems, get(value)));
            },
            (w, value) =>
            {
                TSection section = get(value);
                if (omittedWhenEqualTo is null || !section.Equals(omittedWhenEqualTo))
                {
                    w.WriteStartObject(name);
                    table.Write(w, section);
                    w.WriteEndObject();
                }
            },
            value => table.Problems(get(value), "$." + name) is { Count: > 0 } problems ? problems[0] : null,
            () => table.Schema(schemaDescription),
            _ => shown);
    }

    private static string Format(double value) => value switch
    {
        double.MaxValue => "inf",
        double.MinValue => "-inf",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
