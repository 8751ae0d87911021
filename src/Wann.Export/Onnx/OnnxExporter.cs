using Wann.Export.Activations;
using Wann.Core.Networks;

namespace Wann.Export.Onnx;

/// <summary>
/// Writes a network as an ONNX model (opset <see cref="Opset"/>): one input tensor per observation and
/// one output per action, each of shape [N] for a batch of N observations, computed exactly as
/// <see cref="ScalarNetwork"/> does: a node is f(w · Σ sources) with a shared weight, f(Σ wᵢ · sourceᵢ)
/// with own weights, the sums taken in connection order.
/// </summary>
/// <remarks>
/// A recurrent network becomes one synchronous step: the input "state" ([N, C], the C computed nodes'
/// values of the previous step in <see cref="NetworkProgram"/> row order, zeros at an episode's start) and
/// the output "state_out" (the same nodes after this step), to be fed back as the next step's state.
/// </remarks>
public static class OnnxExporter
{
    /// <summary>The ONNX operator set the graphs use.</summary>
    public const int Opset = 17;

    /// <summary>The ONNX IR version written (the one that goes with opset 17).</summary>
    public const int IrVersion = 8;

    /// <summary>The graph input holding the shared weight (<see cref="WeightBinding.SharedInput"/>), shape [1], unless a task name takes it.</summary>
    public const string WeightInput = "weight";

    /// <summary>The recurrent state input, unless a task name takes it.</summary>
    public const string StateInput = "state";

    /// <summary>The recurrent state output, unless a task name takes it.</summary>
    public const string StateOutput = "state_out";

    private const string Batch = "N";

    /// <summary>Writes the model.</summary>
    /// <param name="network">The network.</param>
    /// <param name="options">Weights and precision.</param>
    /// <returns>The ONNX model's bytes.</returns>
    /// <exception cref="ExportException">An activation function has no ONNX form.</exception>
    public static byte[] Write(ExportedNetwork network, ExportOptions options)
    {
        NetworkProgram p = network.Genome.Program;
        var graph = new OnnxGraph(options.Precision);
        var names = new SpecialNames(network);
        var rows = new string?[p.RowCount];
        for (int i = 0; i < p.InputCount; i++)
        {
            rows[1 + i] = graph.InterfaceInput(network.InputNames[i], Batch);
        }

        string? weight = options.Weights switch
        {
            WeightBinding.Fixed => graph.Constant(options.FixedWeight),
            WeightBinding.SharedInput => graph.InterfaceInput(names.Weight, 1L),
            _ => null,
        };

        int computed = p.Activations.Length;
        if (p.IsRecurrent)
        {
            graph.Input(names.State, Batch, (long)computed);
        }

        var filler = new BatchFiller(graph, rows[1]!);
        var previous = new string?[computed];
        string Source(int row)
        {
            if (row == 0)
            {
                return filler.Ones;
            }

            if (row <= p.InputCount)
            {
                return rows[row]!;
            }

            if (!p.IsRecurrent)
            {
                return rows[row]!;
            }

            // Recurrent: computed nodes read the previous step's value, a column of the state input.
            int k = row - p.FirstComputedRow;
            if (previous[k] is null)
            {
                string index = graph.Fresh("column");
                graph.IntInitializer(index, [], [k]);
                previous[k] = graph.OpNamed("Gather", graph.Fresh("previous"), [names.State, index], OnnxProto.IntAttribute("axis", 1));
            }

            return previous[k]!;
        }

        for (int k = 0; k < computed; k++)
        {
            string? sum = null;
            for (int c = p.IncomingStart[k]; c < p.IncomingStart[k + 1]; c++)
            {
                string term = Source(p.IncomingSourceRow[c]);
                if (weight is null)
                {
                    string w = $"wann/weight/{p.RowNodeIds[p.IncomingSourceRow[c]]}->{p.RowNodeIds[p.FirstComputedRow + k]}";
                    graph.Initializer(w, [], [p.IncomingWeight[c]]);
                    term = graph.Op("Mul", term, w);
                }

                sum = sum is null ? term : graph.Op("Add", sum, term);
            }

            sum ??= filler.Zeros;
            if (weight is not null)
            {
                sum = graph.Op("Mul", sum, weight);
            }

            rows[p.FirstComputedRow + k] = ExportActivations.Get(p.Activations[k], "ONNX").Onnx(graph, sum);
        }

        for (int o = 0; o < p.OutputCount; o++)
        {
            graph.InterfaceOutput(network.OutputNames[o], rows[p.OutputRows[o]]!, Batch);
        }

        if (p.IsRecurrent)
        {
            string axis = graph.Fresh("axis");
            graph.IntInitializer(axis, [1], [1]);
            var columns = new string[computed];
            for (int k = 0; k < computed; k++)
            {
                columns[k] = graph.Op("Unsqueeze", rows[p.FirstComputedRow + k]!, axis);
            }

            graph.OpNamed("Concat", names.StateOut, columns, OnnxProto.IntAttribute("axis", 1));
            graph.Output(names.StateOut, Batch, (long)computed);
        }

        return Model(network, options, graph);
    }

    private static byte[] Model(ExportedNetwork network, ExportOptions options, OnnxGraph graph)
    {
        string doc = $"Wann network for task {network.Task}: {network.Genome.EnabledConnectionCount} connections, "
            + $"{network.Genome.HiddenNodeCount} hidden nodes; inputs {string.Join(", ", network.InputNames)}; outputs {string.Join(", ", network.OutputNames)}.";
        var model = new ProtoMessage()
            .Int64(1, IrVersion)
            .String(2, "Wann")
            .String(3, ExportedNetwork.WannVersion)
            .String(4, "wann")
            .Int64(5, 1)
            .String(6, doc)
            .Message(7, graph.ToProto("wann_" + network.Task, doc))
            .Message(8, OnnxProto.Opset(Opset));
        foreach (KeyValuePair<string, string> entry in network.Metadata(options))
        {
            model.Message(14, OnnxProto.Entry(entry.Key, entry.Value));
        }

        return model.ToArray();
    }
}
