using System.Text;
using System.Text.Json;
using Wann.Core.Activation;
using Wann.Core.Genomes;

namespace Wann.Core.Persistence;

/// <summary>
/// Reads and writes genomes as versioned JSON (<c>"schema": "wann-genome", "version": 1</c>). Writing is
/// deterministic: the same genome gives the same bytes, so two runs can be compared with a byte diff.
/// </summary>
public static class GenomeFile
{
    /// <summary>The schema name stored in every genome file.</summary>
    public const string Schema = "wann-genome";

    /// <summary>The current schema version.</summary>
    public const int Version = 1;

    private static readonly string[] RootFields = ["schema", "version", "task", "inputs", "outputs", "recurrent", "nodes", "connections", "scores"];
    private static readonly string[] NodeFields = ["id", "kind", "activation"];
    private static readonly string[] ConnectionFields = ["innovation", "source", "target", "weight", "enabled"];

    /// <summary>Serialises a genome document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Indented for people (genome files), or on one line (checkpoints and bests.jsonl, where an
    /// MNIST population's thousands of candidate genes per genome would otherwise take a third more space).</param>
    /// <returns>JSON text.</returns>
    public static string ToJson(GenomeDocument document, bool indented = true)
    {
        Genome g = document.Genome;
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            w.WriteStartObject();
            w.WriteString("schema", Schema);
            w.WriteNumber("version", Version);
            w.WriteString("task", document.Task);
            w.WriteNumber("inputs", g.InputCount);
            w.WriteNumber("outputs", g.OutputCount);
            w.WriteBoolean("recurrent", g.IsRecurrent);
            w.WriteStartObject("scores");
            foreach (KeyValuePair<string, double> score in document.Scores.OrderBy(s => s.Key, StringComparer.Ordinal))
            {
                w.WriteNumber(score.Key, score.Value);
            }

            w.WriteEndObject();
            w.WriteStartArray("nodes");
            foreach (NodeGene n in g.Nodes)
            {
                w.WriteStartObject();
                w.WriteNumber("id", n.Id);
                w.WriteString("kind", n.Kind.ToString().ToLowerInvariant());
                w.WriteString("activation", ActivationFunctions.NameOf(n.Activation));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("connections");
            foreach (ConnectionGene c in g.Connections)
            {
                w.WriteStartObject();
                w.WriteNumber("innovation", c.Innovation);
                w.WriteNumber("source", c.Source);
                w.WriteNumber("target", c.Target);
                w.WriteNumber("weight", c.Weight);
                w.WriteBoolean("enabled", c.Enabled);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>Writes a genome document atomically.</summary>
    /// <param name="path">The file.</param>
    /// <param name="document">The document.</param>
    public static void Write(string path, GenomeDocument document) => AtomicFile.WriteAllText(path, ToJson(document));

    /// <summary>Reads a genome file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InputFileException">The file is missing, malformed, of another version, or describes an invalid genome.</exception>
    public static GenomeDocument Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such genome file.");
        }

        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Parses genome JSON.</summary>
    /// <param name="json">The text.</param>
    /// <param name="file">The file name, for messages.</param>
    /// <returns>The document.</returns>
    /// <exception cref="InputFileException">The text is malformed, of another version, or describes an invalid genome.</exception>
    public static GenomeDocument Parse(string json, string file)
    {
        using (JsonDocument parsed = JsonFields.Parse(json, file))
        {
            JsonElement root = parsed.RootElement;
            var f = new JsonFields();
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InputFileException(file, [$"$: found {JsonFields.Raw(root)}, expected a genome object"]);
            }

            string schema = f.String(root, "$", "schema", string.Empty);
            if (schema != Schema)
            {
                throw new InputFileException(file, [$"$.schema: found \"{schema}\", expected \"{Schema}\" (is this a genome file?)"]);
            }

            long version = f.Integer(root, "$", "version", -1, 0, int.MaxValue);
            if (version != Version)
            {
                throw new InputFileException(file, [$"$.version: found {version}, expected {Version} (this Wann reads genome files of version {Version})"]);
            }

            f.RejectUnknown(root, "$", RootFields);
            string task = f.String(root, "$", "task", string.Empty);
            int inputs = (int)f.Integer(root, "$", "inputs", 0, 1, 1_000_000);
            int outputs = (int)f.Integer(root, "$", "outputs", 0, 1, 1_000_000);
            bool recurrent = f.Boolean(root, "$", "recurrent", false);
            var nodes = ReadArray(root, f, "nodes", NodeFields, (e, path) => new NodeGene(
                (int)f.Integer(e, path, "id", 0, 0, int.MaxValue),
                ParseKind(f, e, path),
                ParseActivation(f, e, path)));
            var connections = ReadArray(root, f, "connections", ConnectionFields, (e, path) => new ConnectionGene(
                f.Integer(e, path, "innovation", 0, 0, long.MaxValue),
                (int)f.Integer(e, path, "source", 0, 0, int.MaxValue),
                (int)f.Integer(e, path, "target", 0, 0, int.MaxValue),
                f.Number(e, path, "weight", 1.0, double.MinValue, double.MaxValue),
                f.Boolean(e, path, "enabled", true)));
            var scores = new Dictionary<string, double>(StringComparer.Ordinal);
            if (root.TryGetProperty("scores", out JsonElement s) && s.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty p in s.EnumerateObject())
                {
                    scores[p.Name] = f.NumberValue(p.Value, $"$.scores.{p.Name}", 0, double.MinValue, double.MaxValue);
                }
            }

            if (f.Problems.Count > 0)
            {
                throw new InputFileException(file, f.Problems);
            }

            try
            {
                return new GenomeDocument(new Genome(inputs, outputs, nodes, connections, recurrent), task, scores);
            }
            catch (InvalidGenomeException e)
            {
                throw new InputFileException($"{file}: the genes do not form a valid genome: {e.Message}", e);
            }
        }
    }

    private static List<T> ReadArray<T>(JsonElement root, JsonFields f, string name, string[] known, Func<JsonElement, string, T> read)
    {
        var items = new List<T>();
        if (!root.TryGetProperty(name, out JsonElement array) || array.ValueKind != JsonValueKind.Array)
        {
            f.Problem($"$.{name}", root.TryGetProperty(name, out JsonElement e) ? JsonFields.Raw(e) : "nothing", "an array");
            return items;
        }

        int i = 0;
        foreach (JsonElement item in array.EnumerateArray())
        {
            string path = $"$.{name}[{i++}]";
            if (item.ValueKind != JsonValueKind.Object)
            {
                f.Problem(path, JsonFields.Raw(item), "an object");
                continue;
            }

            f.RejectUnknown(item, path, known);
            items.Add(read(item, path));
        }

        return items;
    }

    private static NodeKind ParseKind(JsonFields f, JsonElement e, string path)
    {
        string kind = f.String(e, path, "kind", string.Empty);
        if (Enum.TryParse(kind, ignoreCase: true, out NodeKind k) && !int.TryParse(kind, out _))
        {
            return k;
        }

        f.Problem($"{path}.kind", $"\"{kind}\"", "bias, input, output or hidden");
        return NodeKind.Hidden;
    }

    private static ActivationFunction ParseActivation(JsonFields f, JsonElement e, string path)
    {
        string name = f.String(e, path, "activation", "linear");
        if (ActivationFunctions.TryParse(name, out ActivationFunction a))
        {
            return a;
        }

        f.Problem($"{path}.activation", $"\"{name}\"", "an activation name");
        return ActivationFunction.Linear;
    }
}
