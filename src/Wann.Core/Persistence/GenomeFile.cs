using System.Text.Json;
using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Files;

namespace Wann.Core.Persistence;

/// <summary>
/// Reads and writes genomes as versioned JSON (<c>"schema": "wann-genome", "version": 1</c>), bound by the
/// source-generated <see cref="PersistenceJsonContext"/>. Writing is deterministic: the same genome gives the same
/// bytes, so two runs can be compared with a byte diff.
/// </summary>
public static class GenomeFile
{
    /// <summary>The schema name stored in every genome file.</summary>
    public const string Schema = "wann-genome";

    /// <summary>The current schema version.</summary>
    public const int Version = 1;

    /// <summary>Serialises a genome document.</summary>
    /// <param name="document">The document.</param>
    /// <param name="indented">Indented for people (genome files), or on one line (checkpoints and bests.jsonl, where an
    /// MNIST population's thousands of candidate genes per genome would otherwise take a third more space).</param>
    /// <returns>JSON text.</returns>
    public static string ToJson(GenomeDocument document, bool indented = true) =>
        JsonBinding.Serialize(ToBound(document.Genome, document.Task, document.Scores), PersistenceJsonContext.Default.GenomeJson, indented) + "\n";

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
        var f = new JsonFields();
        GenomeJson bound = JsonBinding.Deserialize(json, PersistenceJsonContext.Default.GenomeJson, file, f, root => JsonBinding.RequireHeader(root, file, Schema, [Version], "a genome file"));
        Genome? genome = ToGenome(bound, "$", f);
        if (f.Problems.Count > 0 || genome is null)
        {
            throw new InputFileException(file, f.Problems);
        }

        return new GenomeDocument(genome, bound.Task, bound.Scores);
    }

    /// <summary>The bound form of a genome (scores in ordinal key order, so the bytes do not depend on insertion order).</summary>
    internal static GenomeJson ToBound(Genome g, string task, IReadOnlyDictionary<string, double> scores)
    {
        var sorted = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (KeyValuePair<string, double> score in scores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            sorted.Add(score.Key, score.Value);
        }

        var nodes = new List<NodeJson>(g.Nodes.Length);
        foreach (NodeGene n in g.Nodes)
        {
            nodes.Add(new NodeJson { Id = n.Id, Kind = n.Kind.ToString().ToLowerInvariant(), Activation = ActivationFunctions.NameOf(n.Activation) });
        }

        var connections = new List<ConnectionJson>(g.Connections.Length);
        foreach (ConnectionGene c in g.Connections)
        {
            connections.Add(new ConnectionJson { Innovation = c.Innovation, Source = c.Source, Target = c.Target, Weight = c.Weight, Enabled = c.Enabled });
        }

        return new GenomeJson
        {
            Schema = Schema, Version = Version, Task = task, Inputs = g.InputCount, Outputs = g.OutputCount, Recurrent = g.IsRecurrent,
            Scores = sorted, Nodes = nodes, Connections = connections,
        };
    }

    /// <summary>Checks a bound genome's values and builds it; problems go to <paramref name="f"/> with paths under <paramref name="path"/>.</summary>
    /// <returns>The genome, or null when there were problems.</returns>
    internal static Genome? ToGenome(GenomeJson g, string path, JsonFields f)
    {
        int before = f.Problems.Count;
        if (g.Schema != Schema)
        {
            f.Problem($"{path}.schema", $"\"{g.Schema}\"", $"\"{Schema}\" (is this a genome?)");
        }

        if (g.Version != Version)
        {
            f.Problem($"{path}.version", g.Version.ToString(System.Globalization.CultureInfo.InvariantCulture), $"{Version} (this Wann reads genome files of version {Version})");
        }

        f.InRange($"{path}.inputs", g.Inputs, 1, 1_000_000);
        f.InRange($"{path}.outputs", g.Outputs, 1, 1_000_000);
        foreach (KeyValuePair<string, double> score in g.Scores)
        {
            f.InRange($"{path}.scores.{score.Key}", score.Value);
        }

        var nodes = new List<NodeGene>();
        if (g.Nodes is null)
        {
            f.Problem($"{path}.nodes", "nothing", "an array");
        }
        else
        {
            for (int i = 0; i < g.Nodes.Count; i++)
            {
                NodeJson n = g.Nodes[i];
                string at = $"{path}.nodes[{i}]";
                f.InRange($"{at}.id", n.Id, 0, int.MaxValue);
                if (!Enum.TryParse(n.Kind, ignoreCase: true, out NodeKind kind) || int.TryParse(n.Kind, out _))
                {
                    f.Problem($"{at}.kind", $"\"{n.Kind}\"", "bias, input, output or hidden");
                }

                if (!ActivationFunctions.TryParse(n.Activation, out ActivationFunction activation))
                {
                    f.Problem($"{at}.activation", $"\"{n.Activation}\"", "an activation name");
                }

                nodes.Add(new NodeGene(n.Id, kind, activation));
            }
        }

        var connections = new List<ConnectionGene>();
        if (g.Connections is null)
        {
            f.Problem($"{path}.connections", "nothing", "an array");
        }
        else
        {
            for (int i = 0; i < g.Connections.Count; i++)
            {
                ConnectionJson c = g.Connections[i];
                string at = $"{path}.connections[{i}]";
                f.InRange($"{at}.innovation", c.Innovation, 0, long.MaxValue);
                f.InRange($"{at}.source", c.Source, 0, int.MaxValue);
                f.InRange($"{at}.target", c.Target, 0, int.MaxValue);
                f.InRange($"{at}.weight", c.Weight);
                connections.Add(new ConnectionGene(c.Innovation, c.Source, c.Target, c.Weight, c.Enabled));
            }
        }

        if (f.Problems.Count > before)
        {
            return null;
        }

        try
        {
            return new Genome(g.Inputs, g.Outputs, nodes, connections, g.Recurrent);
        }
        catch (InvalidGenomeException e)
        {
            f.Problem($"{path}: the genes do not form a valid genome: {e.Message}");
            return null;
        }
    }
}
