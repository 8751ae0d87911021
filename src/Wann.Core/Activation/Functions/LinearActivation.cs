using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Core.Activation.Functions;

/// <summary>Identity, f(x) = x.</summary>
public readonly struct LinearActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "linear";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Linear;

    /// <inheritdoc/>
    public static string Colour => "#bab0ac";

    /// <inheritdoc/>
    public static bool IsIdentity => true;

    /// <inheritdoc/>
    public static double Definition(double x) => x;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => x;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => x;
}
