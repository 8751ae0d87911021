using System.Globalization;
using System.Text.Json;

namespace Wann.Files;

/// <summary>
/// Reads typed fields out of a <see cref="JsonElement"/> while collecting every problem (JSON path,
/// value found, what was expected) instead of stopping at the first, so a user sees all mistakes at once.
/// </summary>
public sealed class JsonFields
{
    private readonly List<string> _problems = [];

    /// <summary>Gets the problems found so far.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Records a problem.</summary>
    /// <param name="path">JSON path, e.g. <c>$.mutation.addNode</c>.</param>
    /// <param name="found">What was found (raw JSON or a description).</param>
    /// <param name="expected">What was expected.</param>
    public void Problem(string path, string found, string expected) =>
        _problems.Add($"{path}: found {found}, expected {expected}");

    /// <summary>Records a problem already phrased with its path, the value found and what was expected.</summary>
    /// <param name="message">The whole message.</param>
    public void Problem(string message) => _problems.Add(message);

    /// <summary>Reports every property of <paramref name="obj"/> that is not in <paramref name="known"/>, and every
    /// property given twice (JSON parsers disagree on which copy wins, so a duplicate is refused, not guessed).</summary>
    /// <param name="obj">A JSON object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="known">The allowed property names.</param>
    public void RejectUnknown(JsonElement obj, string path, IReadOnlyCollection<string> known)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (JsonProperty property in obj.EnumerateObject())
        {
            if (!known.Contains(property.Name))
            {
                Problem($"{path}.{property.Name}", "an unknown field", $"one of: {string.Join(", ", known)}");
            }
            else if (!seen.Add(property.Name))
            {
                Problem($"{path}.{property.Name}", $"a second \"{property.Name}\" ({Raw(property.Value)})", "each field once");
            }
        }
    }

    /// <summary>Reads an optional string.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="name">The property.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <returns>The value.</returns>
    public string String(JsonElement obj, string path, string name, string fallback)
    {
        if (!obj.TryGetProperty(name, out JsonElement e))
        {
            return fallback;
        }

        if (e.ValueKind != JsonValueKind.String)
        {
            Problem($"{path}.{name}", Raw(e), "a string");
            return fallback;
        }

        return e.GetString()!;
    }

    /// <summary>Reads an optional boolean; any other JSON kind (<c>"yes"</c>, <c>1</c>) is a problem, not a guess.</summary>
    /// <param name="obj">The object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="name">The property.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <returns>The value.</returns>
    public bool Boolean(JsonElement obj, string path, string name, bool fallback)
    {
        if (!obj.TryGetProperty(name, out JsonElement e))
        {
            return fallback;
        }

        if (e.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            Problem($"{path}.{name}", Raw(e), "true or false");
            return fallback;
        }

        return e.GetBoolean();
    }

    /// <summary>Reads an optional number within [min, max].</summary>
    /// <param name="obj">The object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="name">The property.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>The value.</returns>
    public double Number(JsonElement obj, string path, string name, double fallback, double min, double max)
    {
        if (!obj.TryGetProperty(name, out JsonElement e))
        {
            return fallback;
        }

        return NumberValue(e, $"{path}.{name}", fallback, min, max);
    }

    /// <summary>Checks a number element within [min, max].</summary>
    /// <param name="e">The element.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="fallback">Value when wrong.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>The value.</returns>
    public double NumberValue(JsonElement e, string path, double fallback, double min, double max)
    {
        if (e.ValueKind != JsonValueKind.Number || !e.TryGetDouble(out double value) || !double.IsFinite(value))
        {
            Problem(path, Raw(e), NumberIn(min, max));
            return fallback;
        }

        if (value < min || value > max)
        {
            Problem(path, Raw(e), NumberIn(min, max));
            return fallback;
        }

        return value;
    }

    /// <summary>Reads an optional whole number within [min, max].</summary>
    /// <param name="obj">The object.</param>
    /// <param name="path">Its JSON path.</param>
    /// <param name="name">The property.</param>
    /// <param name="fallback">Value when absent.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>The value.</returns>
    public long Integer(JsonElement obj, string path, string name, long fallback, long min, long max)
    {
        if (!obj.TryGetProperty(name, out JsonElement e))
        {
            return fallback;
        }

        if (e.ValueKind != JsonValueKind.Number || !e.TryGetInt64(out long value) || value < min || value > max)
        {
            Problem($"{path}.{name}", Raw(e), $"a whole number in [{min}, {max}]");
            return fallback;
        }

        return value;
    }

    /// <summary>Checks a bound whole number within [min, max].</summary>
    /// <param name="path">Its JSON path.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>Whether it is within range.</returns>
    public bool InRange(string path, long value, long min, long max)
    {
        if (value >= min && value <= max)
        {
            return true;
        }

        Problem(path, value.ToString(CultureInfo.InvariantCulture), $"a whole number in [{min}, {max}]");
        return false;
    }

    /// <summary>Checks a bound number: finite and within [min, max].</summary>
    /// <param name="path">Its JSON path.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>Whether it is within range.</returns>
    public bool InRange(string path, double value, double min = double.MinValue, double max = double.MaxValue)
    {
        if (double.IsFinite(value) && value >= min && value <= max)
        {
            return true;
        }

        Problem(path, value.ToString("R", CultureInfo.InvariantCulture), NumberIn(min, max));
        return false;
    }

    /// <summary>Parses JSON text, turning a syntax error into an <see cref="InputFileException"/> that names the file,
    /// the line and the byte, and says that a truncated file is the usual cause.</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <param name="lenient">Whether comments and trailing commas are allowed (hand-written configs).</param>
    /// <returns>The document; the caller disposes it.</returns>
    public static JsonDocument Parse(string json, string file, bool lenient = false)
    {
        try
        {
            return JsonDocument.Parse(json, lenient ? new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true } : default);
        }
        catch (JsonException e)
        {
            throw new InputFileException($"{file}: not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}); is the file truncated? {e.Message}", e);
        }
    }

    /// <summary>Returns a short rendering of an element for messages.</summary>
    /// <param name="e">The element.</param>
    /// <returns>Raw JSON, cut to 60 characters.</returns>
    public static string Raw(JsonElement e)
    {
        string raw = e.GetRawText();
        return raw.Length <= 60 ? raw : string.Concat(raw.AsSpan(0, 57), "...");
    }

    /// <summary>Phrases what a bounded number must be, as every message and table says it ("a number in [0, 1]").</summary>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>The phrase.</returns>
    public static string NumberIn(double min, double max) => $"a number in {Bounds(min, max)}";

    /// <summary>Writes bounds as messages show them ("[0, 1]"; the unbounded ends as inf).</summary>
    /// <param name="min">Smallest allowed value.</param>
    /// <param name="max">Largest allowed value.</param>
    /// <returns>The interval.</returns>
    public static string Bounds(double min, double max) => $"[{Format(min)}, {Format(max)}]";

    private static string Format(double value) => value switch
    {
        double.MaxValue => "inf",
        double.MinValue => "-inf",
        _ => value.ToString(CultureInfo.InvariantCulture),
    };
}
