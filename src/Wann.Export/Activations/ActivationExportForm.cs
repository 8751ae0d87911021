using Wann.Core.Activation;

namespace Wann.Export.Activations;

/// <summary>
/// How one activation function is written by the exporters: as ONNX operators and as a C expression. Each
/// must compute what the function's <see cref="ActivationEntry.Definition"/> computes (the export tests hold
/// the double forms to 1e-12 of Wann's network).
/// </summary>
/// <param name="Id">The activation's id in the <see cref="ActivationTable"/>.</param>
/// <param name="Onnx">Appends f(x) to a graph: given the builder and the tensor holding the node's sum, returns the tensor holding f(sum).</param>
/// <param name="C">f(x) as a C99 expression of a double variable (math.h may be used).</param>
/// <param name="CHelper">A static C function the expression calls, written once before the network's function, or null.</param>
public sealed record ActivationExportForm(
    ActivationFunction Id,
    Func<IOnnxGraphBuilder, string, string> Onnx,
    Func<string, string> C,
    string? CHelper = null);
