using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Core.Activation.Functions;

/// <summary>Absolute value.</summary>
public readonly struct AbsActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "abs";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Abs;

    /// <inheritdoc/>
    public static string Colour => "#b07aa1";

    /// <inheritdoc/>
    public static double Definition(double x) => Math.Abs(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => Vector.Abs(x);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => Vector512.Abs(x);
}
