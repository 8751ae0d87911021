namespace Wann.Export;

/// <summary>How an exported network gets its connection weights.</summary>
public enum WeightBinding
{
    /// <summary>One shared weight, chosen at export time, on every connection.</summary>
    Fixed,

    /// <summary>One shared weight given at run time (a graph input or a function parameter), so one file serves the whole weight sweep.</summary>
    SharedInput,

    /// <summary>Every connection's own weight from the genome (ONNX initialisers, trainable by backprop).</summary>
    Own,
}
