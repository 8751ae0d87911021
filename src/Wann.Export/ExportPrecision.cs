namespace Wann.Export;

/// <summary>The floating-point type of an exported ONNX graph.</summary>
public enum ExportPrecision
{
    /// <summary>32-bit floats, what most runtimes and accelerators expect.</summary>
    Float32,

    /// <summary>64-bit floats, Wann's own arithmetic.</summary>
    Float64,
}
