using System.Numerics;

namespace Wann.Core.Activation;

/// <summary>
/// An activation function's lane form: on one SIMD register, and in place on a row of whole registers
/// (one call per row in the network's inner loop, so the row loop is where the speed is).
/// </summary>
public abstract class LaneKernel
{
    /// <summary>Applies the function to every lane of a register.</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>f(x) lane by lane.</returns>
    public abstract Vector<double> Apply(Vector<double> x);

    /// <summary>Applies the function in place to <paramref name="length"/> values starting at <paramref name="row"/>,
    /// a whole number of registers.</summary>
    /// <param name="row">The first value.</param>
    /// <param name="length">The number of values, a multiple of <c>Vector&lt;double&gt;.Count</c>.</param>
    public virtual void ApplyRow(ref double row, nuint length)
    {
        for (nuint i = 0; i < length; i += (nuint)Vector<double>.Count)
        {
            Apply(Vector.LoadUnsafe(ref row, i)).StoreUnsafe(ref row, i);
        }
    }

    /// <summary>Applies the function in place to a row of whole 512-bit registers (a wide network's rows, padded to them);
    /// a kernel with a 512-bit form overrides this, the others run <see cref="ApplyRow"/>, with the same bits.</summary>
    /// <param name="row">The first value.</param>
    /// <param name="length">The number of values, a multiple of <c>Vector512&lt;double&gt;.Count</c> and of <c>Vector&lt;double&gt;.Count</c>.</param>
    public virtual void ApplyWideRow(ref double row, nuint length) => ApplyRow(ref row, length);
}
