namespace Wann.Export.Onnx;

/// <summary>Tensors of shape [N] filled with 1 (the bias) or 0 (a node without inputs), made on first use.</summary>
internal sealed class BatchFiller(OnnxGraph graph, string anyInput)
{
    private string? _shape;
    private string? _ones;
    private string? _zeros;

    public string Ones => _ones ??= Fill(1.0, "bias");

    public string Zeros => _zeros ??= Fill(0.0, "zeros");

    private string Fill(double value, string hint)
    {
        _shape ??= graph.Op("Shape", anyInput);
        return graph.OpNamed("ConstantOfShape", graph.Fresh(hint), [_shape], OnnxProto.TensorAttribute("value", graph.ValueTensor(value)));
    }
}
