using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Wann.Core.Activation.Functions;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation;

/// <summary>
/// The activation functions on SIMD lanes (<see cref="Vector{T}"/> of double), for the fast path's inner
/// loop: each function's <see cref="LaneKernel"/> from the <see cref="ActivationTable"/>.
/// </summary>
/// <remarks>
/// The built-in kernels are built on <see cref="LaneMath"/>, whose lanes depend on their own input only:
/// the scalar path (<see cref="ApplyScalar"/>) and the lane path compute the same bits, on any CPU.
/// Tests hold every built-in function to 1e-6 relative (1e-12 absolute near zero) against <see cref="Math"/>.
/// </remarks>
public static class VectorActivations
{
    /// <summary>Applies <paramref name="function"/> to every lane of <paramref name="x"/>.</summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The lanes.</param>
    /// <returns>f(x) lane by lane.</returns>
    public static Vector<double> Apply(ActivationFunction function, Vector<double> x) => ActivationTable.KernelOf(function).Apply(x);

    /// <summary>
    /// Applies <paramref name="function"/> in place to a row of lanes whose length is a whole number of
    /// <see cref="Vector{T}"/> registers: one dispatch per row, then the kernel's tight loop.
    /// </summary>
    /// <param name="function">The function.</param>
    /// <param name="row">The lanes, overwritten with f(lane); its length must be a multiple of <c>Vector&lt;double&gt;.Count</c>.</param>
    public static void ApplyInPlace(ActivationFunction function, Span<double> row)
    {
        if (row.Length % Vector<double>.Count != 0)
        {
            throw new ArgumentException("The row must hold whole SIMD registers.", nameof(row));
        }

        ActivationTable.KernelOf(function).ApplyRow(ref MemoryMarshal.GetReference(row), (nuint)row.Length);
    }

    /// <summary>Applies <paramref name="function"/> in place to a row of whole 512-bit registers, with the function's 512-bit
    /// form where it has one (<see cref="IWideActivationDefinition"/>): the same bits as <see cref="ApplyInPlace"/>.</summary>
    /// <param name="function">The function.</param>
    /// <param name="row">The lanes, overwritten with f(lane); its length must be a multiple of <c>Vector512&lt;double&gt;.Count</c> and of <c>Vector&lt;double&gt;.Count</c>.</param>
    internal static void ApplyInPlaceWide(ActivationFunction function, Span<double> row)
    {
        if (row.Length % Vector512<double>.Count != 0 || row.Length % Vector<double>.Count != 0)
        {
            throw new ArgumentException("The row must hold whole 512-bit registers.", nameof(row));
        }

        ActivationTable.KernelOf(function).ApplyWideRow(ref MemoryMarshal.GetReference(row), (nuint)row.Length);
    }

    /// <summary>
    /// Applies <paramref name="function"/> to one value with the arithmetic of the lane path, so the scalar
    /// reference path and the fast path compute the same bits (chaotic episodes, such as swing-up at w = −2,
    /// would otherwise diverge from a last-bit difference).
    /// </summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    public static double ApplyScalar(ActivationFunction function, double x) => ActivationTable.KernelOf(function).Apply(new Vector<double>(x))[0];

    /// <summary>tanh over lanes (see <see cref="TanhActivation.Lanes"/>).</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>tanh(x).</returns>
    public static Vector<double> Tanh(Vector<double> x) => TanhActivation.Lanes(x);
}
