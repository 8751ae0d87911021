using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Core.Activation.Functions;

/// <summary>Rectified linear unit, max(0, x).</summary>
public readonly struct ReluActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "relu";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Relu;

    /// <inheritdoc/>
    public static string Colour => "#ff9da7";

    /// <inheritdoc/>
    public static double Definition(double x) => x > 0.0 ? x : 0.0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => Vector.Max(x, Vector<double>.Zero);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => Vector512.Max(x, Vector512<double>.Zero);
}
