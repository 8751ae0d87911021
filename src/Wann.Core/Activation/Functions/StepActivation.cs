using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace Wann.Core.Activation.Functions;

/// <summary>Unsigned step, 1 if x &gt; 0 else 0.</summary>
public readonly struct StepActivation : IWideActivationDefinition
{
    /// <inheritdoc/>
    public static string Name => "step";

    /// <inheritdoc/>
    public static ActivationFunction Id => ActivationFunction.Step;

    /// <inheritdoc/>
    public static string Colour => "#e15759";

    /// <inheritdoc/>
    public static double Definition(double x) => x > 0.0 ? 1.0 : 0.0;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector<double> Lanes(Vector<double> x) => Vector.ConditionalSelect(Vector.GreaterThan(x, Vector<double>.Zero), Vector<double>.One, Vector<double>.Zero);

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<double> WideLanes(Vector512<double> x) => Vector512.ConditionalSelect(Vector512.GreaterThan(x, Vector512<double>.Zero), Vector512<double>.One, Vector512<double>.Zero);
}
