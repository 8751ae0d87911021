using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation.Functions;

/// <summary>sin(πx).</summary>
public readonly struct SinActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "sin";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Sin;

    /// <inheritdoc/>
    public static string Colour => "#4e79a7";

    /// <inheritdoc/>
    public static double Definition(double x) => Math.Sin(Math.PI * x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => LaneMath.SinPi(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => LaneMath.SinPi(x);
}
