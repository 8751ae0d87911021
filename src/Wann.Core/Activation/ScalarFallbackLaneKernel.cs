using System.Numerics;

namespace Wann.Core.Activation;

/// <summary>The lane form of a function given only as a scalar: it is called once per lane. Slower than a
/// true kernel, but the lane and scalar paths compute the same bits by construction.</summary>
/// <param name="scalar">The function.</param>
internal sealed class ScalarFallbackLaneKernel(Func<double, double> scalar) : LaneKernel
{
    public override Vector<double> Apply(Vector<double> x)
    {
        Span<double> lanes = stackalloc double[Vector<double>.Count];
        for (int i = 0; i < lanes.Length; i++)
        {
            lanes[i] = scalar(x[i]);
        }

        return new Vector<double>(lanes);
    }

    public override void ApplyRow(ref double row, nuint length)
    {
        for (nuint i = 0; i < length; i++)
        {
            ref double value = ref System.Runtime.CompilerServices.Unsafe.Add(ref row, i);
            value = scalar(value);
        }
    }
}
