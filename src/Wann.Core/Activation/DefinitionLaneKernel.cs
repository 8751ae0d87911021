using System.Numerics;

namespace Wann.Core.Activation;

/// <summary>The lane kernel of an <see cref="IActivationDefinition"/> struct: the row loop is compiled once per
/// function with its arithmetic inlined and no dispatch per register, so independent registers overlap in the CPU.</summary>
/// <typeparam name="T">The function.</typeparam>
internal class DefinitionLaneKernel<T> : LaneKernel
    where T : struct, IActivationDefinition
{
    public override Vector<double> Apply(Vector<double> x) => T.Lanes(x);

    public override void ApplyRow(ref double row, nuint length)
    {
        if (T.IsIdentity)
        {
            return;
        }

        for (nuint i = 0; i < length; i += (nuint)Vector<double>.Count)
        {
            T.Lanes(Vector.LoadUnsafe(ref row, i)).StoreUnsafe(ref row, i);
        }
    }
}
