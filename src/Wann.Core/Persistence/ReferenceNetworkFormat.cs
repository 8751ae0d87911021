using System.Globalization;
using System.Text;
using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Files;

namespace Wann.Core.Persistence;

/// <summary>
/// Reads and writes the WANN reference's network files (<c>.out</c>): an N × (N + 1) CSV matrix whose
/// first N columns are weights (row = source, column = target) and whose last column holds each node's
/// activation id; nodes are ordered bias, inputs, hidden nodes in topological order, outputs.
/// </summary>
/// <remarks>
/// <para>A value of 0 means no connection. NaN is how the reference writes a connection gene that exists
/// but is disabled; Wann imports it as a disabled connection (so the genome keeps its history) and
/// exports disabled connections as <c>nan</c>. Any other value is the connection's own weight, kept as
/// the gene's weight so the network can also be evaluated with its tuned weights.</para>
/// <para>Wann writes weights with round-trip precision (the reference writes three significant digits),
/// so import(export(g)) is the same network as g. Innovation numbers and hidden node ids are not part of
/// the format: import numbers them in matrix order.</para>
/// </remarks>
public static class ReferenceNetworkFormat
{
    /// <summary>Reads a <c>.out</c> file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="inputs">Number of task inputs (without bias).</param>
    /// <param name="outputs">Number of task outputs.</param>
    /// <returns>The genome.</returns>
    /// <exception cref="InputFileException">The file is missing or malformed, or does not fit the task.</exception>
    public static Genome Read(string path, int inputs, int outputs)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such network file.");
        }

        return Parse(File.ReadAllText(path), path, inputs, outputs);
    }

    /// <summary>Parses <c>.out</c> text.</summary>
    /// <param name="text">The CSV text.</param>
    /// <param name="file">File name for messages.</param>
    /// <param name="inputs">Number of task inputs (without bias).</param>
    /// <param name="outputs">Number of task outputs.</param>
    /// <returns>The genome.</returns>
    /// <exception cref="InputFileException">The text is malformed or does not fit the task.</exception>
    public static Genome Parse(string text, string file, int inputs, int outputs)
    {
        string[] lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        int n = lines.Length;
        if (n < 1 + inputs + outputs)
        {
            throw new InputFileException($"{file}: {n} rows, but a network for {inputs} inputs and {outputs} outputs needs at least {1 + inputs + outputs} (bias, inputs, outputs).");
        }

        var matrix = new double[n, n];
        var activation = new ActivationFunction[n];
        for (int i = 0; i < n; i++)
        {
            string[] cells = lines[i].Split(',');
            if (cells.Length != n + 1)
            {
                throw new InputFileException($"{file}: row {i + 1} has {cells.Length} values, expected {n + 1} ({n} weights and an activation id): the matrix must be square.");
            }

            for (int j = 0; j <= n; j++)
            {
                if (!double.TryParse(cells[j], NumberStyles.Float, CultureInfo.InvariantCulture, out double value)
                    && !string.Equals(cells[j].Trim(), "nan", StringComparison.OrdinalIgnoreCase))
                {
                    throw new InputFileException($"{file}: row {i + 1}, column {j + 1}: found \"{cells[j]}\", expected a number or nan.");
                }

                if (string.Equals(cells[j].Trim(), "nan", StringComparison.OrdinalIgnoreCase))
                {
                    value = double.NaN;
                }

                if (j < n)
                {
                    matrix[i, j] = value;
                    continue;
                }

                if (!double.IsFinite(value) || value != Math.Round(value) || !ActivationFunctions.IsDefined((int)value))
                {
                    throw new InputFileException($"{file}: row {i + 1}, last column: found activation id \"{cells[j]}\", expected one of 1-11 (1 linear, 2 step, 3 sin, 4 gaussian, 5 tanh, 6 sigmoid, 7 inverse, 8 abs, 9 relu, 10 cos, 11 square).");
                }

                activation[i] = (ActivationFunction)(int)value;
            }
        }

        // Every hidden node of a reference network was made by splitting a connection, so its column holds at least
        // that entry (nan once disabled). A column of zeros right after the inputs is an input the task does not have:
        // e.g. a 5-input swing-up network read as 4-input cart-pole would otherwise score silently.
        int inputLike = inputs;
        while (1 + inputLike < n - outputs && ColumnIsEmpty(matrix, 1 + inputLike, n))
        {
            inputLike++;
        }

        if (inputLike > inputs)
        {
            throw new InputFileException($"{file}: rows 2 to {inputLike + 1} have no incoming connections, so this network has {inputLike} inputs; the task gives {inputs}. Is the task (--task) right?");
        }

        // Matrix index -> genome node id: bias 0, inputs 1..I, hidden after the outputs' ids, outputs I+1..I+O.
        int hidden = n - 1 - inputs - outputs;
        var idOf = new int[n];
        for (int i = 0; i <= inputs; i++)
        {
            idOf[i] = i;
        }

        for (int h = 0; h < hidden; h++)
        {
            idOf[1 + inputs + h] = 1 + inputs + outputs + h;
        }

        for (int o = 0; o < outputs; o++)
        {
            idOf[n - outputs + o] = 1 + inputs + o;
        }

        var nodes = new List<NodeGene>(n);
        for (int i = 0; i < n; i++)
        {
            NodeKind kind = i == 0 ? NodeKind.Bias : i <= inputs ? NodeKind.Input : i >= n - outputs ? NodeKind.Output : NodeKind.Hidden;
            nodes.Add(new NodeGene(idOf[i], kind, kind is NodeKind.Bias or NodeKind.Input ? ActivationFunction.Linear : activation[i]));
        }

        var connections = new List<ConnectionGene>();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                double w = matrix[i, j];
                if (w == 0.0)
                {
                    continue;
                }

                if (j <= inputs)
                {
                    throw new InputFileException($"{file}: row {i + 1}, column {j + 1}: a connection into the bias or an input, which the format does not allow.");
                }

                if (j <= i)
                {
                    throw new InputFileException($"{file}: row {i + 1}, column {j + 1}: a connection from node {i} back to node {j}; the reference format is feed-forward in row order, so this would be a cycle.");
                }

                bool enabled = !double.IsNaN(w);
                connections.Add(new ConnectionGene(connections.Count, idOf[i], idOf[j], enabled ? w : 1.0, enabled));
            }
        }

        try
        {
            return new Genome(inputs, outputs, nodes, connections);
        }
        catch (InvalidGenomeException e)
        {
            throw new InputFileException($"{file}: the matrix does not form a valid network: {e.Message}", e);
        }
    }

    private static bool ColumnIsEmpty(double[,] matrix, int column, int n)
    {
        for (int i = 0; i < n; i++)
        {
            if (matrix[i, column] != 0.0) // nan (a disabled connection) counts too
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes a genome in the reference format, with round-trip precision.</summary>
    /// <param name="genome">A feed-forward genome.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="InvalidOperationException">The genome is recurrent or has an enabled connection of weight 0, which the format cannot hold.</exception>
    public static string Write(Genome genome)
    {
        if (genome.IsRecurrent)
        {
            throw new InvalidOperationException("The reference format holds feed-forward networks only.");
        }

        // Matrix order: bias, inputs, hidden nodes in topological order (all genes), outputs by id.
        int[] order = GenomeGraph.TopologicalOrder(genome, includeDisabled: true)!;
        var indices = new List<int>();
        for (int i = 0; i <= genome.InputCount; i++)
        {
            indices.Add(i);
        }

        foreach (int i in order)
        {
            if (genome.Nodes[i].Kind == NodeKind.Hidden)
            {
                indices.Add(i);
            }
        }

        for (int o = 0; o < genome.OutputCount; o++)
        {
            indices.Add(genome.IndexOfNode(genome.FirstOutputId + o));
        }

        int n = indices.Count;
        var position = new Dictionary<int, int>();
        for (int k = 0; k < n; k++)
        {
            position[genome.Nodes[indices[k]].Id] = k;
        }

        var cells = new string[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                cells[i, j] = "0";
            }
        }

        foreach (ConnectionGene c in genome.Connections)
        {
            if (c.Enabled && c.Weight == 0.0)
            {
                throw new InvalidOperationException($"Connection {c.Innovation} has weight 0, which the reference format reads as 'no connection'.");
            }

            cells[position[c.Source], position[c.Target]] = c.Enabled ? c.Weight.ToString("R", CultureInfo.InvariantCulture) : "nan";
        }

        var text = new StringBuilder();
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                text.Append(cells[i, j]).Append(',');
            }

            NodeGene node = genome.Nodes[indices[i]];
            text.Append(((int)node.Activation).ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return text.ToString();
    }
}
