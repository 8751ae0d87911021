namespace Wann.Export.Onnx;

/// <summary>
/// The few ONNX messages an exported network needs, written with the field numbers of the ONNX IR
/// specification (onnx.proto): ModelProto, OperatorSetIdProto, StringStringEntryProto, GraphProto,
/// NodeProto, AttributeProto, TensorProto, ValueInfoProto, TypeProto and TensorShapeProto.
/// </summary>
internal static class OnnxProto
{
    /// <summary>TensorProto.DataType: 32-bit float.</summary>
    public const int Float = 1;

    /// <summary>TensorProto.DataType: 64-bit integer.</summary>
    public const int Int64 = 7;

    /// <summary>TensorProto.DataType: 64-bit float.</summary>
    public const int Double = 11;

    // AttributeProto.AttributeType values.
    private const int AttributeInt = 2;
    private const int AttributeTensor = 4;

    /// <summary>A TensorProto with its data as little-endian raw bytes.</summary>
    public static ProtoMessage Tensor(string name, int dataType, IReadOnlyList<long> dims, byte[] raw)
    {
        var tensor = new ProtoMessage();
        foreach (long d in dims)
        {
            tensor.Int64(1, d); // dims
        }

        return tensor.Int64(2, dataType).String(8, name).Bytes(9, raw); // data_type, name, raw_data
    }

    /// <summary>A ValueInfoProto of a tensor; each dimension is a fixed size (long) or a symbolic name (string).</summary>
    public static ProtoMessage ValueInfo(string name, int elementType, IReadOnlyList<object> dims)
    {
        var shape = new ProtoMessage();
        foreach (object d in dims)
        {
            var dim = new ProtoMessage();
            if (d is string symbol)
            {
                dim.String(2, symbol); // dim_param
            }
            else
            {
                dim.Int64(1, Convert.ToInt64(d, System.Globalization.CultureInfo.InvariantCulture)); // dim_value
            }

            shape.Message(1, dim); // TensorShapeProto.dim
        }

        var tensorType = new ProtoMessage().Int64(1, elementType).Message(2, shape); // elem_type, shape
        var type = new ProtoMessage().Message(1, tensorType); // TypeProto.tensor_type
        return new ProtoMessage().String(1, name).Message(2, type); // name, type
    }

    /// <summary>A NodeProto of the default domain.</summary>
    public static ProtoMessage Node(string opType, string name, IReadOnlyList<string> inputs, IReadOnlyList<string> outputs, params ProtoMessage[] attributes)
    {
        var node = new ProtoMessage();
        foreach (string input in inputs)
        {
            node.String(1, input);
        }

        foreach (string output in outputs)
        {
            node.String(2, output);
        }

        node.String(3, name).String(4, opType);
        foreach (ProtoMessage attribute in attributes)
        {
            node.Message(5, attribute);
        }

        return node;
    }

    /// <summary>An integer AttributeProto.</summary>
    public static ProtoMessage IntAttribute(string name, long value) =>
        new ProtoMessage().String(1, name).Int64(3, value).Int64(20, AttributeInt);

    /// <summary>A tensor AttributeProto.</summary>
    public static ProtoMessage TensorAttribute(string name, ProtoMessage tensor) =>
        new ProtoMessage().String(1, name).Message(5, tensor).Int64(20, AttributeTensor);

    /// <summary>A StringStringEntryProto (model metadata).</summary>
    public static ProtoMessage Entry(string key, string value) => new ProtoMessage().String(1, key).String(2, value);

    /// <summary>An OperatorSetIdProto of the default domain.</summary>
    public static ProtoMessage Opset(long version) => new ProtoMessage().String(1, string.Empty).Int64(2, version);
}
