using Wann.Core.Activation;
using Wann.Core.Genomes;

namespace Wann.Core.Networks;

/// <summary>
/// A genome compiled to a flat, topologically ordered program: rows of node values and, for every
/// computed node, the contiguous range of its incoming connections.
/// </summary>
/// <remarks>
/// <para>Row layout (the reference's matrix order): row 0 is the bias, rows 1..I the inputs, then the
/// computed (hidden and output) nodes in topological order. A computed node's value is its
/// activation applied to the weighted sum of its enabled incoming connections; a hidden node with no
/// enabled input still gets f(0), as in the reference (cos and Gaussian nodes then act as constants).</para>
/// <para>Only enabled connections are compiled. The arrays are read-only after construction, so one
/// program can be shared by any number of executors.</para>
/// <para>A recurrent genome (<see cref="Genome.IsRecurrent"/>) compiles to a recurrent program: computed
/// nodes in id order, and every step is one synchronous update, each node reading its sources' values
/// from the previous step (inputs and bias from the current one); the state starts at zero with each
/// episode. That is SharpNEAT's and NEAT's one-activation-per-tick convention.</para>
/// </remarks>
public sealed class NetworkProgram
{
    private NetworkProgram(
        bool recurrent,
        int inputCount,
        int[] rowNodeIds,
        ActivationFunction[] activations,
        int[] incomingStart,
        int[] incomingSourceRow,
        double[] incomingWeight,
        int[] outputRows)
    {
        IsRecurrent = recurrent;
        InputCount = inputCount;
        RowNodeIds = rowNodeIds;
        Activations = activations;
        IncomingStart = incomingStart;
        IncomingSourceRow = incomingSourceRow;
        IncomingWeight = incomingWeight;
        OutputRows = outputRows;

        // Inputs no connection reads need not be copied into the lanes (MNIST's 256 inputs, of which a
        // champion reads a few dozen).
        var read = new bool[inputCount];
        foreach (int source in incomingSourceRow)
        {
            if (source >= 1 && source <= inputCount)
            {
                read[source - 1] = true;
            }
        }

        var used = new List<int>(inputCount);
        for (int k = 0; k < inputCount; k++)
        {
            if (read[k])
            {
                used.Add(k);
            }
        }

        UsedInputs = [.. used];
    }

    /// <summary>Gets a value indicating whether the program is recurrent (one synchronous update per step, state kept between steps).</summary>
    public bool IsRecurrent { get; }

    /// <summary>Gets the number of inputs (without the bias).</summary>
    public int InputCount { get; }

    /// <summary>Gets the inputs (0-based, without the bias) that at least one compiled connection reads, ascending.</summary>
    public int[] UsedInputs { get; }

    /// <summary>Gets the number of outputs.</summary>
    public int OutputCount => OutputRows.Length;

    /// <summary>Gets the number of rows: bias + inputs + computed nodes.</summary>
    public int RowCount => RowNodeIds.Length;

    /// <summary>Gets the row of the first computed node.</summary>
    public int FirstComputedRow => 1 + InputCount;

    /// <summary>Gets the number of compiled (enabled) connections.</summary>
    public int ConnectionCount => IncomingSourceRow.Length;

    /// <summary>Gets the genome node id of each row.</summary>
    public int[] RowNodeIds { get; }

    /// <summary>Gets the activation of each computed node (index = row − <see cref="FirstComputedRow"/>).</summary>
    public ActivationFunction[] Activations { get; }

    /// <summary>Gets, per computed node, where its incoming connections start; one extra entry closes the last range.</summary>
    public int[] IncomingStart { get; }

    /// <summary>Gets the source row of every compiled connection.</summary>
    public int[] IncomingSourceRow { get; }

    /// <summary>Gets the genome's own weight of every compiled connection.</summary>
    public double[] IncomingWeight { get; }

    /// <summary>Gets the row of each output, in output order.</summary>
    public int[] OutputRows { get; }

    /// <summary>Compiles a genome: feed-forward genomes in topological order, recurrent ones in id order.</summary>
    /// <param name="genome">The genome.</param>
    /// <returns>The program.</returns>
    /// <exception cref="InvalidGenomeException">A feed-forward genome's enabled connections form a cycle.</exception>
    public static NetworkProgram Compile(Genome genome)
    {
        int[] order = genome.IsRecurrent
            ? [.. Enumerable.Range(0, genome.Nodes.Length)]
            : GenomeGraph.TopologicalOrder(genome, includeDisabled: false)
              ?? throw new InvalidGenomeException("The enabled connections form a cycle.");
        var nodes = genome.Nodes;
        int inputs = genome.InputCount;

        // Rows: bias and inputs keep their ids as rows; computed nodes follow in topological order.
        var rowOfIndex = new int[nodes.Length];
        var rowNodeIds = new int[nodes.Length];
        for (int i = 0; i <= inputs; i++)
        {
            rowOfIndex[i] = i;
            rowNodeIds[i] = nodes[i].Id;
        }

        int row = inputs + 1;
        foreach (int index in order)
        {
            if (nodes[index].Kind is NodeKind.Hidden or NodeKind.Output)
            {
                rowOfIndex[index] = row;
                rowNodeIds[row] = nodes[index].Id;
                row++;
            }
        }

        int computed = nodes.Length - inputs - 1;
        var incomingCount = new int[computed];
        foreach (ConnectionGene c in genome.Connections)
        {
            if (c.Enabled)
            {
                incomingCount[rowOfIndex[genome.IndexOfNode(c.Target)] - inputs - 1]++;
            }
        }

        var start = new int[computed + 1];
        for (int k = 0; k < computed; k++)
        {
            start[k + 1] = start[k] + incomingCount[k];
        }

        var fill = (int[])start.Clone();
        var sourceRow = new int[start[computed]];
        var weight = new double[start[computed]];
        foreach (ConnectionGene c in genome.Connections)
        {
            if (!c.Enabled)
            {
                continue;
            }

            int k = rowOfIndex[genome.IndexOfNode(c.Target)] - inputs - 1;
            int slot = fill[k]++;
            sourceRow[slot] = rowOfIndex[genome.IndexOfNode(c.Source)];
            weight[slot] = c.Weight;
        }

        var activations = new ActivationFunction[computed];
        for (int i = inputs + 1; i < nodes.Length; i++)
        {
            activations[rowOfIndex[i] - inputs - 1] = nodes[i].Activation;
        }

        var outputRows = new int[genome.OutputCount];
        for (int o = 0; o < outputRows.Length; o++)
        {
            outputRows[o] = rowOfIndex[genome.IndexOfNode(genome.FirstOutputId + o)];
        }

        return new NetworkProgram(genome.IsRecurrent, inputs, rowNodeIds, activations, start, sourceRow, weight, outputRows);
    }
}
