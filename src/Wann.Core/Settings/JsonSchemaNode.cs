using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Wann.Core.Settings;

/// <summary>
/// One node of the JSON Schema that <c>wann validate --schema</c> prints, serialised by the source-generated
/// <see cref="SettingsJsonContext"/> (absent keywords are left out; the property order is the order printed).
/// </summary>
public sealed class JsonSchemaNode
{
    /// <summary>Gets or sets the schema dialect (root only).</summary>
    [JsonPropertyName("$schema")]
    public string? Dialect { get; set; }

    /// <summary>Gets or sets the title (root only).</summary>
    public string? Title { get; set; }

    /// <summary>Gets or sets the JSON type: object, array, string, number, integer or boolean.</summary>
    public string? Type { get; set; }

    /// <summary>Gets or sets the description shown by editors.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the smallest number of array items.</summary>
    public int? MinItems { get; set; }

    /// <summary>Gets or sets whether array items must differ.</summary>
    public bool? UniqueItems { get; set; }

    /// <summary>Gets or sets the smallest allowed number (a whole or a real number, written as given).</summary>
    public JsonValue? Minimum { get; set; }

    /// <summary>Gets or sets the largest allowed number.</summary>
    public JsonValue? Maximum { get; set; }

    /// <summary>Gets or sets the allowed strings.</summary>
    public List<string>? Enum { get; set; }

    /// <summary>Gets or sets the schema of array items.</summary>
    public JsonSchemaNode? Items { get; set; }

    /// <summary>Gets or sets what other properties may be: false, or a schema for their values.</summary>
    public JsonNode? AdditionalProperties { get; set; }

    /// <summary>Gets or sets the schema of each known property.</summary>
    public Dictionary<string, JsonSchemaNode>? Properties { get; set; }

    /// <summary>Makes a number node.</summary>
    /// <param name="type">"number" or "integer".</param>
    /// <param name="description">The description.</param>
    /// <param name="minimum">The smallest value.</param>
    /// <param name="maximum">The largest value.</param>
    /// <returns>The node.</returns>
    public static JsonSchemaNode Range(string type, string? description, JsonValue minimum, JsonValue maximum) =>
        new() { Type = type, Description = description, Minimum = minimum, Maximum = maximum };
}
