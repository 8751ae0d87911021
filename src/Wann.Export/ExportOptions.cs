namespace Wann.Export;

/// <summary>What an export writes besides the network's structure.</summary>
public sealed record ExportOptions
{
    /// <summary>Gets how the weights are bound (by default the shared weight is a run-time input).</summary>
    public WeightBinding Weights { get; init; } = WeightBinding.SharedInput;

    /// <summary>Gets the shared weight used with <see cref="WeightBinding.Fixed"/>.</summary>
    public double FixedWeight { get; init; } = 1.0;

    /// <summary>Gets the floating-point type of an ONNX graph (C code always uses double).</summary>
    public ExportPrecision Precision { get; init; } = ExportPrecision.Float32;
}
