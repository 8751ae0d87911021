namespace Wann.Core.Activation;

/// <summary>
/// Name and definition look-ups over the <see cref="ActivationTable"/>, and the WANN paper's set.
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
    /// <exception cref="ArgumentOutOfRangeException">The function is not in the table.</exception>
    public static string NameOf(ActivationFunction function) => ActivationTable.Get(function).Name;

    /// <summary>Parses a configuration name (case-insensitive).</summary>
    /// <param name="name">A name such as <c>tanh</c>.</param>
    /// <param name="function">The function, when known.</param>
    /// <returns>True when the name is known.</returns>
    public static bool TryParse(string? name, out ActivationFunction function)
    {
        bool found = ActivationTable.TryGet(name, out ActivationEntry? entry);
        function = found ? entry!.Id : default;
        return found;
    }

    /// <summary>Returns whether <paramref name="id"/> is the id of a known function.</summary>
    /// <param name="id">An id (the reference's activation number for the built-ins).</param>
    /// <returns>True when defined.</returns>
    public static bool IsDefined(int id) => ActivationTable.Contains(id);

    /// <summary>Applies a function to one value with its definition (<see cref="Math"/> for the built-ins).</summary>
    /// <param name="function">The function.</param>
    /// <param name="x">The input.</param>
    /// <returns>f(x).</returns>
    /// <exception cref="ArgumentOutOfRangeException">The function is not in the table.</exception>
    public static double Apply(ActivationFunction function, double x) => ActivationTable.Get(function).Definition(x);
}
