namespace Wann.Core.Activation;

/// <summary>
/// The activation functions' definitions with <see cref="Math"/> (the yardstick the lane kernels of
/// <see cref="VectorActivations"/> are tested against) and their configuration names.
/// </summary>
public static class ActivationFunctions
{
    /// <summary>Gets the ten functions the WANN paper searches over, in id order.</summary>
    public static IReadOnlyList<ActivationFunction> WannSet { get; } =
    [
        ActivationFunction.Linear, ActivationFunction.Step, ActivationFunction.Sin, ActivationFunction.Gaussian,
        ActivationFunction.Tanh, ActivationFunction.Sigmoid, ActivationFunction.Inverse, ActivationFunction.Abs,
        ActivationFunction.Relu, ActivationFunction.Cos,
    ];

    /// <summary>Gets the configuration name of a function (lower case, e.g. <c>gaussian</c>).</summary>
    /// <param name="function">The function.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(ActivationFunction function) => function switch
    {
        ActivationFunction.Linear => "linear",
        ActivationFunction.Step => "step",
        ActivationFunction.Sin => "sin",
        ActivationFunction.Gaussian => "gaussian",
        ActivationFunction.Tanh => "tanh",
        ActivationFunction.Sigmoid => "sigmoid",
        ActivationFunction.Inverse => "inverse",
        ActivationFunction.Abs => "abs",
        ActivationFunction.Relu => "relu",
        ActivationFunction.Cos => "cos",
        ActivationFunction.Square => "square",
        _ => throw new ArgumentOutOfRangeException(nameof(function), function, "Unknown activation function."),
    };

    /// <summary>Parses a configuration name (case-insensitive).</summary>
    /// <param name="name">A name such as <c>tanh</c>.</param>
    /// <param name="function">The function, when known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out ActivationFunction function)
    {
        foreach (ActivationFunction candidate in Enum.GetValues<ActivationFunction>())
        {
            if (string.Equals(NameOf(candidate), name, StringComparison.OrdinalIgnoreCase))
            {
                function = candidate;
                return true;
            }
        }

        function = default;
        return false;
    }

    /// <summary>Returns whether <paramref name="id"/> is the reference id of a known function.</summary>
    /// <param name="id">A reference id.</param>
    /// <returns>True when defined.</returns>
    public static bool IsDefined(int id) => Enum.IsDefined(typeof(ActivationFunction), id);

    /// <summary>Applies a function to one value with <see cref="Math"/>: the precise definition.</summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    public static double Apply(ActivationFunction function, double x) => function switch
    {
        ActivationFunction.Linear => x,
        ActivationFunction.Step => x > 0.0 ? 1.0 : 0.0,
        ActivationFunction.Sin => Math.Sin(Math.PI * x),
        ActivationFunction.Gaussian => Math.Exp(-(x * x) / 2.0),
        ActivationFunction.Tanh => Math.Tanh(x),
        ActivationFunction.Sigmoid => (Math.Tanh(x / 2.0) + 1.0) / 2.0,
        ActivationFunction.Inverse => -x,
        ActivationFunction.Abs => Math.Abs(x),
        ActivationFunction.Relu => x > 0.0 ? x : 0.0,
        ActivationFunction.Cos => Math.Cos(Math.PI * x),
        ActivationFunction.Square => x * x,
        _ => x, // the reference treats unknown ids as identity
    };
}
