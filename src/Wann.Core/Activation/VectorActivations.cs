using System.Numerics;
using System.Runtime.CompilerServices;
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
        ActivationFunction.Gaussian => LaneMath.Exp(x * x * MinusHalf),
        ActivationFunction.Tanh => Tanh(x),
        ActivationFunction.Sigmoid => One / (One + LaneMath.Exp(-x)),
        ActivationFunction.Inverse => -x,
        ActivationFunction.Abs => Vector.Abs(x),
        ActivationFunction.Relu => Vector.Max(x, Vector<double>.Zero),
        ActivationFunction.Cos => LaneMath.CosPi(x),
        ActivationFunction.Square => x * x,
        _ => x,
    };

    /// <summary>
    /// Applies <paramref name="function"/> to one value with the arithmetic of the lane path, so the scalar
    /// reference path and the fast path compute the same bits (chaotic episodes, such as swing-up at w = −2,
    /// would otherwise diverge from a last-bit difference).
    /// </summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    public static double ApplyScalar(ActivationFunction function, double x) => Apply(function, new Vector<double>(x))[0];

    /// <summary>tanh over lanes (see remarks on the type).</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>tanh(x).</returns>
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
}
