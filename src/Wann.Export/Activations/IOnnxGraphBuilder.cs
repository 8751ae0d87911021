namespace Wann.Export.Activations;

/// <summary>
/// The part of an ONNX graph under construction that an activation's ONNX form needs: operators on the
/// graph's real tensors (float32 or float64, whichever the export computes in) and constants.
/// </summary>
public interface IOnnxGraphBuilder
{
    /// <summary>Adds an operator node with one output (opset 17, no attributes).</summary>
    /// <param name="opType">The ONNX operator, such as "Mul" or "Exp".</param>
    /// <param name="inputs">The input tensors' names.</param>
    /// <returns>The output tensor's name.</returns>
    string Op(string opType, params string[] inputs);

    /// <summary>A scalar constant of the graph's real type.</summary>
    /// <param name="value">The value.</param>
    /// <returns>The constant tensor's name.</returns>
    string Constant(double value);

    /// <summary>Casts a tensor (for example a boolean from "Greater") to the graph's real type.</summary>
    /// <param name="tensor">The tensor's name.</param>
    /// <returns>The cast tensor's name.</returns>
    string ToReal(string tensor);

    /// <summary>Gets a value indicating whether the graph computes in float64 (otherwise float32).</summary>
    bool IsDouble { get; }
}
