using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Core.Activation.Functions;

/// <summary>Inverse (negation), −x.</summary>
public readonly struct InverseActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "inverse";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Inverse;

    /// <inheritdoc/>
    public static string Colour => "#edc948";

    /// <inheritdoc/>
    public static double Definition(double x) => -x;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => -x;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => -x;
}
