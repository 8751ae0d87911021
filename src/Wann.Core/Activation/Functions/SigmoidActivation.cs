using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Wann.Environments.Numerics;

namespace Wann.Core.Activation.Functions;

/// <summary>Logistic sigmoid, (tanh(x/2) + 1)/2 = 1/(1 + e^−x).</summary>
public readonly struct SigmoidActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "sigmoid";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Sigmoid;

    /// <inheritdoc/>
    public static string Colour => "#76b7b2";

    /// <inheritdoc/>
    public static double Definition(double x) => (Math.Tanh(x / 2.0) + 1.0) / 2.0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => Vector<double>.One / (Vector<double>.One + LaneMath.Exp(-x));

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => Vector512<double>.One / (Vector512<double>.One + LaneMath.Exp(-x));
}
