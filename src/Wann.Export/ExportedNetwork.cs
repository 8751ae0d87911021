using System.Globalization;
using System.Reflection;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Tasks;

namespace Wann.Export;

/// <summary>
/// A genome ready for export: its compiled network, the names of its inputs and outputs (the task's
/// observation and action names) and the facts written into the exported file's metadata.
/// </summary>
public sealed class ExportedNetwork
{
    private ExportedNetwork(Genome genome, string task, IReadOnlyList<string> inputNames, IReadOnlyList<string> outputNames, IReadOnlyDictionary<string, double> scores)
    {
        Genome = genome;
        Task = task;
        InputNames = inputNames;
        OutputNames = outputNames;
        Scores = scores;
    }

    /// <summary>Gets the genome.</summary>
    public Genome Genome { get; }

    /// <summary>Gets the task name the genome was evolved for.</summary>
    public string Task { get; }

    /// <summary>Gets one name per input: the task's observation names (distinct).</summary>
    public IReadOnlyList<string> InputNames { get; }

    /// <summary>Gets one name per output: the task's action names (distinct, and distinct from the inputs).</summary>
    public IReadOnlyList<string> OutputNames { get; }

    /// <summary>Gets the scores stored with the genome (validated mean per weight among them).</summary>
    public IReadOnlyDictionary<string, double> Scores { get; }

    /// <summary>Gets the Wann version that writes the export.</summary>
    public static string WannVersion =>
        typeof(Genome).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(Genome).Assembly.GetName().Version?.ToString()
        ?? "unknown";

    /// <summary>Prepares a genome document for export, naming inputs and outputs after its task when the task is registered.</summary>
    /// <param name="document">The genome document.</param>
    /// <returns>The network to export.</returns>
    /// <exception cref="ExportException">The genome's input or output count differs from its task's.</exception>
    public static ExportedNetwork From(GenomeDocument document)
    {
        Genome g = document.Genome;
        string[] inputs;
        string[] outputs;
        if (TaskRegistry.Contains(document.Task))
        {
            WannTask task = TaskRegistry.Get(document.Task);
            if (task.InputCount != g.InputCount || task.OutputCount != g.OutputCount)
            {
                throw new ExportException(
                    $"task \"{document.Task}\" has {task.InputCount} inputs and {task.OutputCount} outputs, but the genome has {g.InputCount} and {g.OutputCount}.");
            }

            inputs = [.. task.InputNames];
            outputs = [.. task.OutputNames];
        }
        else
        {
            inputs = [.. Enumerable.Range(0, g.InputCount).Select(i => $"in{i}")];
            outputs = [.. Enumerable.Range(0, g.OutputCount).Select(o => $"out{o}")];
        }

        var taken = new HashSet<string>(StringComparer.Ordinal);
        MakeDistinct(inputs, taken);
        MakeDistinct(outputs, taken);
        return new ExportedNetwork(g, document.Task, inputs, outputs, document.Scores);
    }

    /// <summary>The facts every export records: task, connection count, scores, version, weights.</summary>
    /// <param name="options">The export options.</param>
    /// <returns>Key and value pairs, in a fixed order.</returns>
    public IReadOnlyList<KeyValuePair<string, string>> Metadata(ExportOptions options)
    {
        var entries = new List<KeyValuePair<string, string>>
        {
            new("wann.task", Task),
            new("wann.connections", Genome.EnabledConnectionCount.ToString(CultureInfo.InvariantCulture)),
            new("wann.hidden_nodes", Genome.HiddenNodeCount.ToString(CultureInfo.InvariantCulture)),
            new("wann.recurrent", Genome.IsRecurrent ? "true" : "false"),
            new("wann.weights", options.Weights switch
            {
                WeightBinding.Fixed => "fixed " + Number(options.FixedWeight),
                WeightBinding.SharedInput => "shared input",
                _ => "own",
            }),
            new("wann.precision", options.Precision switch
            {
                ExportPrecision.Float64 => "float64",
                ExportPrecision.Float32Throughout => "float32 throughout",
                _ => "float32 inputs and outputs, float64 inside",
            }),
            new("wann.version", WannVersion),
        };
        foreach (KeyValuePair<string, double> score in Scores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            entries.Add(new("wann.score." + score.Key, Number(score.Value)));
        }

        return entries;
    }

    internal static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static void MakeDistinct(string[] names, HashSet<string> taken)
    {
        for (int i = 0; i < names.Length; i++)
        {
            string name = string.IsNullOrWhiteSpace(names[i]) ? $"value{i}" : names[i];
            string candidate = name;
            for (int n = 2; !taken.Add(candidate); n++)
            {
                candidate = $"{name}_{n}";
            }

            names[i] = candidate;
        }
    }
}
