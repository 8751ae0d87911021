using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Wann.Files;

/// <summary>
/// Binds JSON files to source-generated types (a <see cref="System.Text.Json.Serialization.JsonSerializerContext"/>
/// whose options refuse unknown and duplicate fields) and turns the serializer's exceptions into the project's
/// input-file messages: the file, the JSON path, the value found and what was expected.
/// </summary>
public static class JsonBinding
{
    /// <summary>Serialises a value with the writer options the project's files have always used (compact or
    /// indented by two spaces, default escaping), so a bound type writes the same bytes as a hand-written writer.</summary>
    /// <typeparam name="T">The bound type.</typeparam>
    /// <param name="value">The value.</param>
    /// <param name="info">Its source-generated metadata.</param>
    /// <param name="indented">Indented for people, or on one line.</param>
    /// <returns>The JSON text, without a trailing newline.</returns>
    public static string Serialize<T>(T value, JsonTypeInfo<T> info, bool indented)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            JsonSerializer.Serialize(writer, value, info);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Parses and binds JSON text. Unknown and duplicate fields are all collected in <paramref name="problems"/>
    /// first (so they are reported together with the caller's value checks); a value of the wrong type stops the
    /// binding and is thrown at once, with those problems.</summary>
    /// <typeparam name="T">The bound type.</typeparam>
    /// <param name="json">The text.</param>
    /// <param name="info">The type's source-generated metadata (its options refuse unknown and duplicate fields).</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="problems">Where unknown and duplicate fields are recorded; the caller adds its own checks and throws.</param>
    /// <param name="header">Checks run on the parsed document before binding (e.g. a schema name and version), so a
    /// file of another kind is named as such rather than as a list of unknown fields; may be null.</param>
    /// <param name="lenient">Whether comments and trailing commas are allowed (hand-written configs).</param>
    /// <returns>The bound value (absent fields keep the type's defaults).</returns>
    /// <exception cref="InputFileException">The text is not JSON, fails <paramref name="header"/>, or a value has the wrong type.</exception>
    public static T Deserialize<T>(string json, JsonTypeInfo<T> info, string file, JsonFields problems, Action<JsonElement>? header = null, bool lenient = false)
    {
        ArgumentNullException.ThrowIfNull(info);
        ArgumentNullException.ThrowIfNull(problems);
        using JsonDocument document = JsonFields.Parse(json, file, lenient);
        JsonElement root = document.RootElement;
        header?.Invoke(root);
        int before = problems.Problems.Count;
        CheckFields(root, info, "$", problems);

        // With unknown or duplicate fields already reported, bind the rest tolerantly to report its problems too.
        JsonTypeInfo<T> binding = problems.Problems.Count == before ? info : Tolerant(info);
        try
        {
            return root.Deserialize(binding) ?? throw new InputFileException(file, [.. problems.Problems, $"$: found null, expected {Describe(info)}"]);
        }
        catch (JsonException e)
        {
            throw new InputFileException(file, [.. problems.Problems, Explain(root, info, e)]);
        }
    }

    /// <summary>Refuses a document that is not an object whose "schema" and "version" name this kind of file, before
    /// its fields are bound (a file of another kind would otherwise be reported as a list of unknown fields).</summary>
    /// <param name="root">The document.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="schema">The schema name the file must carry.</param>
    /// <param name="versions">The versions this build reads.</param>
    /// <param name="what">What the file is, e.g. "a genome file".</param>
    /// <exception cref="InputFileException">The document is of another kind or version.</exception>
    public static void RequireHeader(JsonElement root, string file, string schema, IReadOnlyList<int> versions, string what)
    {
        ArgumentNullException.ThrowIfNull(versions);
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new InputFileException(file, [$"$: found {JsonFields.Raw(root)}, expected {what}"]);
        }

        if (!root.TryGetProperty("schema", out JsonElement s) || s.ValueKind != JsonValueKind.String || s.GetString() != schema)
        {
            throw new InputFileException(file, [$"$.schema: found {(s.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonFields.Raw(s))}, expected \"{schema}\" (is this {what}?)"]);
        }

        if (!root.TryGetProperty("version", out JsonElement v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out int version) || !versions.Contains(version))
        {
            throw new InputFileException(file, [$"$.version: found {(v.ValueKind == JsonValueKind.Undefined ? "nothing" : JsonFields.Raw(v))}, expected {string.Join(" or ", versions)} (the versions of {what} this Wann reads)"]);
        }
    }

    private static JsonTypeInfo<T> Tolerant<T>(JsonTypeInfo<T> info)
    {
        var options = new JsonSerializerOptions(info.Options)
        {
            UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Skip,
            AllowDuplicateProperties = true,
        };
        return (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
    }

    // Every unknown field and every field given twice (JSON parsers disagree on which copy wins), walking the document
    // beside the generated metadata, so all of them are reported at once.
    private static void CheckFields(JsonElement element, JsonTypeInfo info, string path, JsonFields problems)
    {
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when element.ValueKind == JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    string at = JsonPathSegments.Child(path, property.Name);
                    JsonPropertyInfo? known = info.Properties.FirstOrDefault(p => p.Name == property.Name);
                    if (known is null)
                    {
                        problems.Problem(at, "an unknown field", $"one of: {string.Join(", ", info.Properties.Select(p => p.Name))}");
                    }
                    else if (!seen.Add(property.Name))
                    {
                        problems.Problem(at, $"a second \"{property.Name}\" ({JsonFields.Raw(property.Value)})", "each field once");
                    }
                    else
                    {
                        CheckFields(property.Value, info.Options.GetTypeInfo(known.PropertyType), at, problems);
                    }
                }

                break;
            case JsonTypeInfoKind.Dictionary when element.ValueKind == JsonValueKind.Object && info.ElementType is Type value:
                var keys = new HashSet<string>(StringComparer.Ordinal);
                foreach (JsonProperty property in element.EnumerateObject())
                {
                    string at = JsonPathSegments.Child(path, property.Name);
                    if (!keys.Add(property.Name))
                    {
                        problems.Problem(at, $"a second \"{property.Name}\" ({JsonFields.Raw(property.Value)})", "each key once");
                    }
                    else
                    {
                        CheckFields(property.Value, info.Options.GetTypeInfo(value), at, problems);
                    }
                }

                break;
            case JsonTypeInfoKind.Enumerable when element.ValueKind == JsonValueKind.Array && info.ElementType is Type item:
                JsonTypeInfo itemInfo = info.Options.GetTypeInfo(item);
                int i = 0;
                foreach (JsonElement e in element.EnumerateArray())
                {
                    CheckFields(e, itemInfo, $"{path}[{i++}]", problems);
                }

                break;
        }
    }

    /// <summary>Phrases a binding failure (a value of the wrong type, or a null) as "path: found …, expected …".</summary>
    /// <param name="root">The parsed document.</param>
    /// <param name="info">The root type's metadata.</param>
    /// <param name="e">The serializer's exception.</param>
    /// <returns>The message.</returns>
    internal static string Explain(JsonElement root, JsonTypeInfo info, JsonException e)
    {
        // Unknown and duplicate fields never get here: CheckFields reports them and the binding then tolerates them.
        string path = e.Path ?? "$";
        JsonTypeInfo? target = info;
        JsonElement? found = root;
        foreach (string segment in JsonPathSegments.Split(path))
        {
            target = target is null ? null : Step(target, segment);
            found = found is JsonElement f ? Child(f, segment) : null;
        }

        return $"{path}: found {(found is JsonElement v ? JsonFields.Raw(v) : "nothing")}, expected {(target is null ? "another value" : Describe(target))}";
    }

    /// <summary>Describes what a bound type accepts, for messages.</summary>
    /// <param name="info">The type's metadata.</param>
    /// <returns>E.g. "a whole number", "an array of numbers".</returns>
    internal static string Describe(JsonTypeInfo info)
    {
        Type type = Nullable.GetUnderlyingType(info.Type) ?? info.Type;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(uint) || type == typeof(ulong) || type == typeof(byte))
        {
            return "a whole number";
        }

        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal))
        {
            return "a number";
        }

        if (type == typeof(string))
        {
            return "a string";
        }

        if (type == typeof(bool))
        {
            return "true or false";
        }

        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable when info.ElementType is Type element => $"an array (of {Describe(info.Options.GetTypeInfo(element))} each)",
            JsonTypeInfoKind.Enumerable => "an array",
            _ => "an object",
        };
    }

    private static JsonTypeInfo? Step(JsonTypeInfo info, string segment)
    {
        bool index = segment.Length > 0 && char.IsAsciiDigit(segment[0]) && int.TryParse(segment, out _);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Enumerable when info.ElementType is Type element:
                return index ? info.Options.GetTypeInfo(element) : null;
            case JsonTypeInfoKind.Dictionary when info.ElementType is Type value:
                return info.Options.GetTypeInfo(value);
            case JsonTypeInfoKind.Object:
                JsonPropertyInfo? property = info.Properties.FirstOrDefault(p => p.Name == segment);
                return property is null ? null : info.Options.GetTypeInfo(property.PropertyType);
            default:
                return null;
        }
    }

    private static JsonElement? Child(JsonElement parent, string segment)
    {
        if (parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(segment, out JsonElement next))
        {
            return next;
        }

        return parent.ValueKind == JsonValueKind.Array && int.TryParse(segment, out int i) && i >= 0 && i < parent.GetArrayLength() ? parent[i] : null;
    }
}
