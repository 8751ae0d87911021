using Wann.Core.Activation;

namespace Wann.Export.C;

/// <summary>
/// Each activation function as a C expression on a variable, matching <see cref="ActivationFunctions.Apply"/>.
/// sin(πx) and cos(πx) call helpers that reduce the argument first, as Wann does. A new activation
/// function needs one entry here.
/// </summary>
internal static class CActivations
{
    private static readonly Dictionary<ActivationFunction, Func<string, string>> Expressions = new()
    {
        [ActivationFunction.Linear] = x => x,
        [ActivationFunction.Step] = x => $"({x} > 0.0 ? 1.0 : 0.0)",
        [ActivationFunction.Sin] = x => $"wann_sinpi({x})",
        [ActivationFunction.Gaussian] = x => $"exp({x} * {x} * -0.5)",
        [ActivationFunction.Tanh] = x => $"wann_tanh({x})",
        [ActivationFunction.Sigmoid] = x => $"1.0 / (1.0 + exp(-{x}))",
        [ActivationFunction.Inverse] = x => $"-{x}",
        [ActivationFunction.Abs] = x => $"fabs({x})",
        [ActivationFunction.Relu] = x => $"({x} > 0.0 ? {x} : 0.0)",
        [ActivationFunction.Cos] = x => $"wann_cospi({x})",
        [ActivationFunction.Square] = x => $"{x} * {x}",
    };

    /// <summary>The helper a function's expression calls, or null: static, so several exported files link together.</summary>
    /// <param name="function">The function.</param>
    /// <returns>The helper's definition, or null.</returns>
    public static string? Helper(ActivationFunction function) => function switch
    {
        ActivationFunction.Sin => HalfTurnHelper("wann_sinpi", "sin"),
        ActivationFunction.Cos => HalfTurnHelper("wann_cospi", "cos"),
        ActivationFunction.Tanh => TanhHelper,
        _ => null,
    };

    // Wann's tanh: the C library's tanh differs from it by up to about 1e-12 below |x| = 0.25, where Wann uses a polynomial.
    private const string TanhHelper = """
        /* tanh as Wann computes it: sign(x) (1 - 2/(e^(2|x|) + 1)), and below |x| = 0.25 the Taylor polynomial to x^13. */
        static double wann_tanh(double x)
        {
            double a = fabs(x), x2 = x * x, p = 21844.0 / 6081075.0;
            double large = 1.0 - 2.0 / (exp(a + a) + 1.0);
            if (a >= 0.25)
            {
                return x < 0.0 ? -large : large;
            }

            p = p * x2 - 1382.0 / 155925.0;
            p = p * x2 + 62.0 / 2835.0;
            p = p * x2 - 17.0 / 315.0;
            p = p * x2 + 2.0 / 15.0;
            p = p * x2 - 1.0 / 3.0;
            return x + x * x2 * p;
        }

        """;

    // f(pi x) with the argument reduced first (x = n + r, |r| <= 1/2, n even or odd), as Wann computes sin(πx) and cos(πx).
    private static string HalfTurnHelper(string name, string function) => $$"""
        /* {{function}}(pi x) with the argument reduced first (x = n + r, |r| <= 1/2), as Wann computes it. */
        static double {{name}}(double x)
        {
            double n = nearbyint(x);
            double f = {{function}}(3.141592653589793 * (x - n));
            return fmod(n, 2.0) != 0.0 ? -f : f;
        }

        """;

    /// <summary>f(x) as a C expression.</summary>
    /// <param name="function">The function.</param>
    /// <param name="x">A variable name.</param>
    /// <returns>The expression.</returns>
    /// <exception cref="ExportException">The function has no C form.</exception>
    public static string Expression(ActivationFunction function, string x) =>
        Expressions.TryGetValue(function, out var expression)
            ? expression(x)
            : throw new ExportException($"activation \"{function}\" has no C form; expected one of {string.Join(", ", Expressions.Keys)}.");
}
