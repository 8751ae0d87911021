using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation.Functions;

/// <summary>Gaussian, exp(−x²/2).</summary>
public readonly struct GaussianActivation : IWideActivationDefinition
{
    private static readonly Vector<double> MinusHalf = new(-0.5);

    /// <inheritdoc/>
    public static string Name => "gaussian";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Gaussian;

    /// <inheritdoc/>
    public static string Colour => "#f28e2b";

    /// <inheritdoc/>
    public static double Definition(double x) => Math.Exp(-(x * x) / 2.0);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => LaneMath.Exp(x * x * MinusHalf);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => LaneMath.Exp(x * x * Vector512.Create(-0.5));
}
