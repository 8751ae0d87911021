using Wann.Export.Activations;
using System.Buffers.Binary;

namespace Wann.Export.Onnx;

/// <summary>
/// A graph under construction: nodes in topological order, initialisers, inputs and outputs. Internal
/// tensors are named "wann/…" so they cannot clash with the task's observation and action names.
/// </summary>
internal sealed class OnnxGraph : IOnnxGraphBuilder
{
    private readonly List<ProtoMessage> _nodes = [];
    private readonly List<ProtoMessage> _initializers = [];
    private readonly List<ProtoMessage> _inputs = [];
    private readonly List<ProtoMessage> _outputs = [];
    private readonly Dictionary<double, string> _constants = [];
    private int _counter;

    public OnnxGraph(ExportPrecision precision)
    {
        ElementType = precision == ExportPrecision.Float32Throughout ? OnnxProto.Float : OnnxProto.Double;
        InterfaceType = precision == ExportPrecision.Float64 ? OnnxProto.Double : OnnxProto.Float;
    }

    /// <summary>Gets the ONNX element type of every real-valued tensor computed inside the graph.</summary>
    public int ElementType { get; }

    /// <inheritdoc/>
    public bool IsDouble => ElementType == OnnxProto.Double;

    /// <inheritdoc/>
    public string ToReal(string tensor) => OpNamed("Cast", Fresh("real"), [tensor], OnnxProto.IntAttribute("to", ElementType));

    /// <summary>Gets the element type of the observations, actions and shared weight at the graph's edge.</summary>
    public int InterfaceType { get; }

    /// <summary>Adds a node with one output and returns the output's name.</summary>
    public string Op(string opType, params string[] inputs) => OpNamed(opType, Fresh(opType), inputs);

    /// <summary>Adds a node whose output has a given name.</summary>
    public string OpNamed(string opType, string output, string[] inputs, params ProtoMessage[] attributes)
    {
        _nodes.Add(OnnxProto.Node(opType, $"{opType}_{_nodes.Count}", inputs, [output], attributes));
        return output;
    }

    /// <summary>A fresh internal tensor name.</summary>
    public string Fresh(string hint) => $"wann/{hint}_{_counter++}";

    /// <summary>A scalar initialiser of the element type (shared between uses of the same value).</summary>
    public string Constant(double value)
    {
        if (!_constants.TryGetValue(value, out string? name))
        {
            name = $"wann/c{_constants.Count}";
            _constants[value] = name;
            Initializer(name, [], [value]);
        }

        return name;
    }

    /// <summary>Adds an initialiser of the element type.</summary>
    public void Initializer(string name, long[] dims, double[] values) =>
        _initializers.Add(OnnxProto.Tensor(name, ElementType, dims, Raw(values)));

    /// <summary>Adds a 64-bit integer initialiser.</summary>
    public void IntInitializer(string name, long[] dims, long[] values)
    {
        var raw = new byte[values.Length * 8];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteInt64LittleEndian(raw.AsSpan(i * 8), values[i]);
        }

        _initializers.Add(OnnxProto.Tensor(name, OnnxProto.Int64, dims, raw));
    }

    /// <summary>A one-element tensor of the element type, for attributes such as ConstantOfShape's value.</summary>
    public ProtoMessage ValueTensor(double value) => OnnxProto.Tensor("value", ElementType, [1], Raw([value]));

    /// <summary>Declares an input of the internal element type (the recurrent state).</summary>
    public void Input(string name, params object[] dims) => _inputs.Add(OnnxProto.ValueInfo(name, ElementType, dims));

    /// <summary>Declares an input of the interface type and returns the tensor holding it in the internal type.</summary>
    public string InterfaceInput(string name, params object[] dims)
    {
        _inputs.Add(OnnxProto.ValueInfo(name, InterfaceType, dims));
        return InterfaceType == ElementType ? name : OpNamed("Cast", Fresh("cast"), [name], OnnxProto.IntAttribute("to", ElementType));
    }

    /// <summary>Declares an output of the internal element type (the recurrent state).</summary>
    public void Output(string name, params object[] dims) => _outputs.Add(OnnxProto.ValueInfo(name, ElementType, dims));

    /// <summary>Declares <paramref name="name"/> as an output of the interface type holding <paramref name="tensor"/>.</summary>
    public void InterfaceOutput(string name, string tensor, params object[] dims)
    {
        if (InterfaceType == ElementType)
        {
            OpNamed("Identity", name, [tensor]);
        }
        else
        {
            OpNamed("Cast", name, [tensor], OnnxProto.IntAttribute("to", InterfaceType));
        }

        _outputs.Add(OnnxProto.ValueInfo(name, InterfaceType, dims));
    }

    /// <summary>Writes the GraphProto.</summary>
    public ProtoMessage ToProto(string name, string doc)
    {
        var graph = new ProtoMessage();
        foreach (ProtoMessage node in _nodes)
        {
            graph.Message(1, node);
        }

        graph.String(2, name);
        foreach (ProtoMessage initializer in _initializers)
        {
            graph.Message(5, initializer);
        }

        graph.String(10, doc);
        foreach (ProtoMessage input in _inputs)
        {
            graph.Message(11, input);
        }

        foreach (ProtoMessage output in _outputs)
        {
            graph.Message(12, output);
        }

        return graph;
    }

    private byte[] Raw(double[] values)
    {
        bool single = ElementType == OnnxProto.Float;
        int size = single ? 4 : 8;
        var raw = new byte[values.Length * size];
        for (int i = 0; i < values.Length; i++)
        {
            if (single)
            {
                BinaryPrimitives.WriteSingleLittleEndian(raw.AsSpan(i * size), (float)values[i]);
            }
            else
            {
                BinaryPrimitives.WriteDoubleLittleEndian(raw.AsSpan(i * size), values[i]);
            }
        }

        return raw;
    }
}
