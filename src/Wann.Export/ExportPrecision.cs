namespace Wann.Export;

/// <summary>The floating-point types of an exported ONNX graph: at its inputs and outputs, and inside.</summary>
public enum ExportPrecision
{
    /// <summary>
    /// float32 observations and actions (what most runtimes and frameworks feed), float64 arithmetic inside,
    /// so the graph follows Wann's network to the rounding of its outputs. Evolved controllers are often
    /// chaotic and feed sums near 100 into sin(πx), where float32 arithmetic alone is off by about 1e-5.
    /// A shared-weight input is float32 too; the recurrent state stays float64.
    /// </summary>
    Float32,

    /// <summary>64-bit floats throughout, Wann's own arithmetic.</summary>
    Float64,

    /// <summary>
    /// 32-bit floats throughout, for runtimes without float64 kernels (many accelerators and browser
    /// back ends). Periodic activations of large sums then differ from Wann's network by up to about 5e-5.
    /// </summary>
    Float32Throughout,
}
