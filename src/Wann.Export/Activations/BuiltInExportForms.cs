using Wann.Core.Activation;

namespace Wann.Export.Activations;

/// <summary>
/// The WANN activation functions' export forms, matching their <see cref="ActivationTable"/> definitions: a single
/// ONNX operator where ONNX has one, a small subgraph where it does not (sin(πx), cos(πx), the Gaussian, step),
/// and C expressions with helpers where Wann's arithmetic differs from the C library's.
/// </summary>
internal static class BuiltInExportForms
{
    public static IReadOnlyList<ActivationExportForm> All { get; } =
    [
        new(ActivationFunction.Linear, (g, x) => x, x => x),
        new(ActivationFunction.Step, (g, x) => g.ToReal(g.Op("Greater", x, g.Constant(0.0))), x => $"({x} > 0.0 ? 1.0 : 0.0)"),
        new(ActivationFunction.Sin, (g, x) => HalfTurns(g, "Sin", x), x => $"wann_sinpi({x})", HalfTurnHelper("wann_sinpi", "sin")),
        new(ActivationFunction.Gaussian, (g, x) => g.Op("Exp", g.Op("Mul", g.Op("Mul", x, x), g.Constant(-0.5))), x => $"exp({x} * {x} * -0.5)"),
        new(ActivationFunction.Tanh, Tanh, x => $"wann_tanh({x})", TanhHelper),
        new(ActivationFunction.Sigmoid, (g, x) => g.Op("Sigmoid", x), x => $"1.0 / (1.0 + exp(-{x}))"),
        new(ActivationFunction.Inverse, (g, x) => g.Op("Neg", x), x => $"-{x}"),
        new(ActivationFunction.Abs, (g, x) => g.Op("Abs", x), x => $"fabs({x})"),
        new(ActivationFunction.Relu, (g, x) => g.Op("Relu", x), x => $"({x} > 0.0 ? {x} : 0.0)"),
        new(ActivationFunction.Cos, (g, x) => HalfTurns(g, "Cos", x), x => $"wann_cospi({x})", HalfTurnHelper("wann_cospi", "cos")),
        new(ActivationFunction.Square, (g, x) => g.Op("Mul", x, x), x => $"{x} * {x}"),
    ];

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

    /// <summary>
    /// tanh: ONNX's Tanh in a float32 graph. A float64 graph computes Wann's own tanh step by step
    /// (sign(x)·(1 − 2/(e^{2|x|} + 1)), and below |x| = 0.25 the Taylor polynomial to x¹³ in Horner form on
    /// x²), because that polynomial differs from the exact tanh by up to about 1e-12 and the double graph is
    /// held to 1e-12 of Wann's network.
    /// </summary>
    private static string Tanh(IOnnxGraphBuilder g, string x)
    {
        if (!g.IsDouble)
        {
            return g.Op("Tanh", x);
        }

        string a = g.Op("Abs", x);
        string large = g.Op("Sub", g.Constant(1.0), g.Op("Div", g.Constant(2.0), g.Op("Add", g.Op("Exp", g.Op("Add", a, a)), g.Constant(1.0))));
        large = g.Op("Where", g.Op("Less", x, g.Constant(0.0)), g.Op("Neg", large), large);
        string x2 = g.Op("Mul", x, x);
        string p = g.Constant(21844.0 / 6081075.0);
        p = g.Op("Sub", g.Op("Mul", p, x2), g.Constant(1382.0 / 155925.0));
        p = g.Op("Add", g.Op("Mul", p, x2), g.Constant(62.0 / 2835.0));
        p = g.Op("Sub", g.Op("Mul", p, x2), g.Constant(17.0 / 315.0));
        p = g.Op("Add", g.Op("Mul", p, x2), g.Constant(2.0 / 15.0));
        p = g.Op("Sub", g.Op("Mul", p, x2), g.Constant(1.0 / 3.0));
        string small = g.Op("Add", x, g.Op("Mul", g.Op("Mul", x, x2), p));
        return g.Op("Where", g.Op("Less", a, g.Constant(0.25)), small, large);
    }

    /// <summary>
    /// sin(πx) or cos(πx) with the argument reduced first, as Wann's kernels do: n = round(x), r = x − n (exact),
    /// f(πr) with |πr| ≤ π/2, negated when n is odd. Multiplying a large x by π first would lose the
    /// low bits of the angle (at x ≈ 100 a float32 angle is off by 1e-5).
    /// </summary>
    private static string HalfTurns(IOnnxGraphBuilder g, string op, string x)
    {
        string n = g.Op("Round", x);
        string f = g.Op(op, g.Op("Mul", g.Op("Sub", x, n), g.Constant(Math.PI)));

        // (−1)^n = 1 − 2·(n − 2·floor(n/2)), exact for every integer n a float holds.
        string half = g.Op("Floor", g.Op("Mul", n, g.Constant(0.5)));
        string parity = g.Op("Sub", n, g.Op("Add", half, half));
        string sign = g.Op("Sub", g.Constant(1.0), g.Op("Add", parity, parity));
        return g.Op("Mul", f, sign);
    }

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
}
