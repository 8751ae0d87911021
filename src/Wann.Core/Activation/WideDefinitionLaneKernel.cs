using System.Runtime.Intrinsics;

namespace Wann.Core.Activation;

/// <summary>The lane kernel of an <see cref="IWideActivationDefinition"/> struct: <see cref="DefinitionLaneKernel{T}"/>'s narrow
/// forms, and rows of 512-bit registers with the arithmetic of <see cref="IWideActivationDefinition.WideLanes"/> inlined.</summary>
/// <typeparam name="T">The function.</typeparam>
internal sealed class WideDefinitionLaneKernel<T> : DefinitionLaneKernel<T>
    where T : struct, IWideActivationDefinition
{
    public override void ApplyWideRow(ref double row, nuint length)
    {
        if (T.IsIdentity)
        {
            return;
        }

        if (!Vector512.IsHardwareAccelerated)
        {
            ApplyRow(ref row, length);
            return;
        }

        for (nuint i = 0; i < length; i += (nuint)Vector512<double>.Count)
        {
            T.WideLanes(Vector512.LoadUnsafe(ref row, i)).StoreUnsafe(ref row, i);
        }
    }
}
