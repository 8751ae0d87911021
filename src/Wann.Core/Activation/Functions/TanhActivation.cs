using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation.Functions;

/// <summary>Hyperbolic tangent.</summary>
public readonly struct TanhActivation : IWideActivationDefinition
{
    private static readonly Vector<double> Two = new(2.0);
    private static readonly Vector<double> Small = new(0.25);

    /// <inheritdoc/>
    public static string Name => "tanh";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Tanh;

    /// <inheritdoc/>
    public static string Colour => "#59a14f";

    /// <inheritdoc/>
    public static double Definition(double x) => Math.Tanh(x);

    /// <summary>tanh over lanes: sign(x)·(1 − 2/(e^{2|x|} + 1)), and below |x| = 0.25, where that form loses
    /// relative precision, its Taylor series to x¹³ (error below 1e-11 relative).</summary>
    /// <param name="x">The lanes.</param>
    /// <returns>tanh(x).</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x)
    {
        Vector<double> one = Vector<double>.One;
        Vector<double> a = Vector.Abs(x);
        Vector<double> large = one - (Two / (LaneMath.Exp(a + a) + one));
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
        return Vector.ConditionalSelect(Vector.LessThan(a, Small), small, large);
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x)
    {
        // Lanes' operations, in its order, on 512-bit registers.
        Vector512<double> one = Vector512<double>.One;
        Vector512<double> a = Vector512.Abs(x);
        Vector512<double> large = one - (Vector512.Create(2.0) / (LaneMath.Exp(a + a) + one));
        large = Vector512.ConditionalSelect(Vector512.LessThan(x, Vector512<double>.Zero), -large, large);
        Vector512<double> x2 = x * x;
        Vector512<double> p = Vector512.Create(21844.0 / 6081075.0);
        p = (p * x2) - Vector512.Create(1382.0 / 155925.0);
        p = (p * x2) + Vector512.Create(62.0 / 2835.0);
        p = (p * x2) - Vector512.Create(17.0 / 315.0);
        p = (p * x2) + Vector512.Create(2.0 / 15.0);
        p = (p * x2) - Vector512.Create(1.0 / 3.0);
        Vector512<double> small = x + (x * x2 * p);
        return Vector512.ConditionalSelect(Vector512.LessThan(a, Vector512.Create(0.25)), small, large);
    }
}
