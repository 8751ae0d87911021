using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation.Functions;

/// <summary>cos(πx).</summary>
public readonly struct CosActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "cos";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Cos;

    /// <inheritdoc/>
    public static string Colour => "#9c755f";

    /// <inheritdoc/>
    public static double Definition(double x) => Math.Cos(Math.PI * x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => LaneMath.CosPi(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => LaneMath.CosPi(x);
}
