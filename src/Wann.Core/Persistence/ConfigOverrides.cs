using System.Text.Json;
using System.Text.Json.Nodes;

namespace Wann.Core.Persistence;

/// <summary>
/// Changes to a config's JSON before it is validated: <c>wann run --set key=value</c> and a study arm's
/// <c>"set"</c> object. Because the result is validated like a file, an override gets the same checks and
/// messages as the field it changes.
/// </summary>
public static class ConfigOverrides
{
    /// <summary>Applies <c>key=value</c> pairs: the key is a field name (dots reach nested objects, e.g.
    /// <c>neat.addNode</c>); the value is JSON (<c>0.5</c>, <c>true</c>, <c>"inverse"</c>, <c>[1,2]</c>) or else taken
    /// as a string (<c>complexity=inverse</c>).</summary>
    /// <param name="json">The config's JSON text.</param>
    /// <param name="assignments">The pairs.</param>
    /// <returns>The changed JSON text.</returns>
    /// <exception cref="FormatException">A pair has no '=' or an empty key.</exception>
    public static string ApplyAssignments(string json, IEnumerable<string> assignments)
    {
        ArgumentNullException.ThrowIfNull(assignments);
        JsonObject root = ParseObject(json);
        foreach (string assignment in assignments)
        {
            int eq = assignment.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new FormatException($"--set {assignment}: expected key=value, e.g. --set population=96 or --set complexity=inverse.");
            }

            string[] path = assignment[..eq].Split('.');
            string text = assignment[(eq + 1)..];
            JsonNode? value;
            try
            {
                value = JsonNode.Parse(text);
            }
            catch (JsonException)
            {
                value = JsonValue.Create(text);
            }

            JsonObject target = root;
            for (int i = 0; i < path.Length - 1; i++)
            {
                if (target[path[i]] is not JsonObject inner)
                {
                    inner = [];
                    target[path[i]] = inner;
                }

                target = inner;
            }

            target[path[^1]] = value;
        }

        return root.ToJsonString();
    }

    /// <summary>Merges an object of overrides into a config: objects merge field by field, anything else replaces.</summary>
    /// <param name="json">The config's JSON text.</param>
    /// <param name="overrides">The overrides (a JSON object).</param>
    /// <returns>The merged JSON text.</returns>
    public static string Merge(string json, JsonObject overrides)
    {
        ArgumentNullException.ThrowIfNull(overrides);
        JsonObject root = ParseObject(json);
        MergeInto(root, overrides);
        return root.ToJsonString();
    }

    private static void MergeInto(JsonObject target, JsonObject overrides)
    {
        foreach ((string key, JsonNode? value) in overrides)
        {
            if (value is JsonObject inner && target[key] is JsonObject existing)
            {
                MergeInto(existing, inner);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    private static JsonObject ParseObject(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }) as JsonObject
        ?? throw new FormatException("The config is not a JSON object.");
}
