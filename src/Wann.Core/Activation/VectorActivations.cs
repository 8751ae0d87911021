using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation;

/// <summary>
/// The activation functions on a whole SIMD register of lanes (<see cref="Vector{T}"/> of double), for the
/// fast path's inner loop, where a call per row would cost more than the arithmetic.
/// </summary>
/// <remarks>
/// Built on <see cref="LaneMath"/>, whose lanes depend on their own input only: the scalar path
/// (<see cref="ApplyScalar"/>) and the lane path compute the same bits, on any CPU.
/// tanh has no vector primitive: it is computed as sign(x)·(1 − 2/(e^{2|x|} + 1)), and below |x| = 0.25,
/// where that form loses relative precision, by its Taylor series to x¹³ (error below 1e-11 relative).
/// Tests hold every function to 1e-6 relative (1e-12 absolute near zero) against <see cref="Math"/>.
/// </remarks>
public static class VectorActivations
{
    private static readonly Vector<double> One = Vector<double>.One;
    private static readonly Vector<double> Two = new(2.0);
    private static readonly Vector<double> MinusHalf = new(-0.5);
    private static readonly Vector<double> SmallTanh = new(0.25);

    /// <summary>Applies <paramref name="function"/> to every lane of <paramref name="x"/>.</summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The lanes.</param>
    /// <returns>f(x) lane by lane.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Apply(ActivationFunction function, Vector<double> x) => function switch
    {
        ActivationFunction.Linear => x,
        ActivationFunction.Step => Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<double>.Zero), One, Vector<double>.Zero),
        ActivationFunction.Sin => LaneMath.SinPi(x),
        ActivationFunction.Gaussian => Gaussian(x),
        ActivationFunction.Tanh => Tanh(x),
        ActivationFunction.Sigmoid => Sigmoid(x),
        ActivationFunction.Inverse => -x,
        ActivationFunction.Abs => Vector.Abs(x),
        ActivationFunction.Relu => Vector.Max(x, Vector<double>.Zero),
        ActivationFunction.Cos => LaneMath.CosPi(x),
        ActivationFunction.Square => x * x,
        _ => x,
    };

    /// <summary>
    /// Applies <paramref name="function"/> in place to a row of lanes whose length is a whole number of
    /// <see cref="Vector{T}"/> registers: one dispatch per row, then a tight loop whose registers are
    /// independent of each other, so the CPU overlaps their long polynomial chains.
    /// </summary>
    /// <param name="function">The function.</param>
    /// <param name="row">The lanes, overwritten with f(lane); its length must be a multiple of <c>Vector&lt;double&gt;.Count</c>.</param>
    public static void ApplyInPlace(ActivationFunction function, Span<double> row)
    {
        if (row.Length % Vector<double>.Count != 0)
        {
            throw new ArgumentException("The row must hold whole SIMD registers.", nameof(row));
        }

        ref double r = ref MemoryMarshal.GetReference(row);
        nuint n = (nuint)row.Length;
        switch (function)
        {
            case ActivationFunction.Linear:
                return;
            case ActivationFunction.Sin:
                Map<SinKernel>(ref r, n);
                return;
            case ActivationFunction.Cos:
                Map<CosKernel>(ref r, n);
                return;
            case ActivationFunction.Gaussian:
                Map<GaussianKernel>(ref r, n);
                return;
            case ActivationFunction.Tanh:
                Map<TanhKernel>(ref r, n);
                return;
            case ActivationFunction.Sigmoid:
                Map<SigmoidKernel>(ref r, n);
                return;
            default:
                Map<AnyKernel>(ref r, n, function);
                return;
        }
    }

    /// <summary>
    /// Applies <paramref name="function"/> to one value with the arithmetic of the lane path, so the scalar
    /// reference path and the fast path compute the same bits (chaotic episodes, such as swing-up at w = −2,
    /// would otherwise diverge from a last-bit difference).
    /// </summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    public static double ApplyScalar(ActivationFunction function, double x) => Apply(function, new Vector<double>(x))[0];

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Map<TKernel>(ref double row, nuint length, ActivationFunction function = ActivationFunction.Linear)
        where TKernel : struct, IKernel
    {
        for (nuint i = 0; i < length; i += (nuint)Vector<double>.Count)
        {
            TKernel.Apply(Vector.LoadUnsafe(ref row, i), function).StoreUnsafe(ref row, i);
        }
    }

    // Gaussian and sigmoid are written once, for the register form and the row kernels alike, so both compute the same bits.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Gaussian(Vector<double> x) => LaneMath.Exp(x * x * MinusHalf);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector<double> Sigmoid(Vector<double> x) => One / (One + LaneMath.Exp(-x));

    /// <summary>tanh over lanes (see remarks on the type).</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>tanh(x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Tanh(Vector<double> x)
    {
        Vector<double> a = Vector.Abs(x);
        Vector<double> large = One - (Two / (LaneMath.Exp(a + a) + One));
        large = Vector.ConditionalSelect(Vector.LessThan(x, Vector<double>.Zero), -large, large);

        // x - x³/3 + 2x⁵/15 - 17x⁷/315 + 62x⁹/2835 - 1382x¹¹/155925 + 21844x¹³/6081075, Horner form on x².
        Vector<double> x2 = x * x;
        Vector<double> p = new Vector<double>(21844.0 / 6081075.0);
        p = (p * x2) - new Vector<double>(1382.0 / 155925.0);
        p = (p * x2) + new Vector<double>(62.0 / 2835.0);
        p = (p * x2) - new Vector<double>(17.0 / 315.0);
        p = (p * x2) + new Vector<double>(2.0 / 15.0);
        p = (p * x2) - new Vector<double>(1.0 / 3.0);
        Vector<double> small = x + (x * x2 * p);
        return Vector.ConditionalSelect(Vector.LessThan(a, SmallTanh), small, large);
    }

    // One struct per costly function, so Map compiles to a loop with the kernel inlined and no dispatch;
    // the cheap ones share AnyKernel, whose switch costs as much as their arithmetic.
    private interface IKernel
    {
        static abstract Vector<double> Apply(Vector<double> x, ActivationFunction function);
    }

    private readonly struct SinKernel : IKernel
    {
        public static Vector<double> Apply(Vector<double> x, ActivationFunction function) => LaneMath.SinPi(x);
    }

    private readonly struct CosKernel : IKernel
    {
        public static Vector<double> Apply(Vector<double> x, ActivationFunction function) => LaneMath.CosPi(x);
    }

    private readonly struct GaussianKernel : IKernel
    {
        public static Vector<double> Apply(Vector<double> x, ActivationFunction function) => Gaussian(x);
    }

    private readonly struct TanhKernel : IKernel
    {
        public static Vector<double> Apply(Vector<double> x, ActivationFunction function) => Tanh(x);
    }

    private readonly struct SigmoidKernel : IKernel
    {
        public static Vector<double> Apply(Vector<double> x, ActivationFunction function) => Sigmoid(x);
    }

    private readonly struct AnyKernel : IKernel
    {
        public static Vector<double> Apply(Vector<double> x, ActivationFunction function) => VectorActivations.Apply(function, x);
    }
}
