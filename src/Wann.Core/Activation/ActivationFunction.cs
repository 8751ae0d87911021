namespace Wann.Core.Activation;

/// <summary>
/// The id of an activation function. The named values are the WANN functions, numbered as the WANN
/// reference code numbers them in its genome files (the last column of a <c>.out</c> matrix), so they must
/// never be renumbered; plug-in functions use other ids (<see cref="ActivationTable.Register"/>). What each
/// id means lives in the <see cref="ActivationTable"/>.
/// </summary>
public enum ActivationFunction
{
    /// <summary>Identity, f(x) = x.</summary>
    Linear = 1,

    /// <summary>Unsigned step, 1 if x &gt; 0 else 0.</summary>
    Step = 2,

    /// <summary>sin(πx).</summary>
    Sin = 3,

    /// <summary>Gaussian, exp(−x²/2).</summary>
    Gaussian = 4,

    /// <summary>Hyperbolic tangent.</summary>
    Tanh = 5,

    /// <summary>Logistic sigmoid, (tanh(x/2) + 1)/2 = 1/(1 + e^−x).</summary>
    Sigmoid = 6,

    /// <summary>Inverse (negation), −x.</summary>
    Inverse = 7,

    /// <summary>Absolute value.</summary>
    Abs = 8,

    /// <summary>Rectified linear unit, max(0, x).</summary>
    Relu = 9,

    /// <summary>cos(πx).</summary>
    Cos = 10,

    /// <summary>Square, x² (defined by the reference but in no task's list).</summary>
    Square = 11,
}
