using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Core.Activation.Functions;

/// <summary>Square, x² (defined by the reference but in no task's list).</summary>
public readonly struct SquareActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "square";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Square;

    /// <inheritdoc/>
    public static string Colour => "#d3d3d3";

    /// <inheritdoc/>
    public static double Definition(double x) => x * x;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => x * x;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => x * x;
}
