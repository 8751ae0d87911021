using Wann.Core.Activation;

namespace Wann.Export.Onnx;

/// <summary>
/// Each activation function as ONNX operators, matching <see cref="ActivationFunctions.Apply"/>: a single
/// operator where ONNX has one, a small subgraph where it does not (sin(πx), cos(πx), the Gaussian, step).
/// A new activation function needs one entry here.
/// </summary>
internal static class OnnxActivations
{
    private static readonly Dictionary<ActivationFunction, Func<OnnxGraph, string, string>> Emitters = new()
    {
        [ActivationFunction.Linear] = (g, x) => x,
        [ActivationFunction.Step] = (g, x) => g.OpNamed("Cast", g.Fresh("step"), [g.Op("Greater", x, g.Constant(0.0))], OnnxProto.IntAttribute("to", g.ElementType)),
        [ActivationFunction.Sin] = (g, x) => HalfTurns(g, "Sin", x),
        [ActivationFunction.Gaussian] = (g, x) => g.Op("Exp", g.Op("Mul", g.Op("Mul", x, x), g.Constant(-0.5))),
        [ActivationFunction.Tanh] = Tanh,
        [ActivationFunction.Sigmoid] = (g, x) => g.Op("Sigmoid", x),
        [ActivationFunction.Inverse] = (g, x) => g.Op("Neg", x),
        [ActivationFunction.Abs] = (g, x) => g.Op("Abs", x),
        [ActivationFunction.Relu] = (g, x) => g.Op("Relu", x),
        [ActivationFunction.Cos] = (g, x) => HalfTurns(g, "Cos", x),
        [ActivationFunction.Square] = (g, x) => g.Op("Mul", x, x),
    };

    /// <summary>
    /// tanh: ONNX's Tanh in a float32 graph. A float64 graph computes Wann's own tanh step by step
    /// (sign(x)·(1 − 2/(e^{2|x|} + 1)), and below |x| = 0.25 the Taylor polynomial to x¹³ in Horner form on
    /// x²), because that polynomial differs from the exact tanh by up to about 1e-12 and the double graph is
    /// held to 1e-12 of Wann's network.
    /// </summary>
    private static string Tanh(OnnxGraph g, string x)
    {
        if (g.ElementType == OnnxProto.Float)
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
    private static string HalfTurns(OnnxGraph g, string op, string x)
    {
        string n = g.Op("Round", x);
        string f = g.Op(op, g.Op("Mul", g.Op("Sub", x, n), g.Constant(Math.PI)));

        // (−1)^n = 1 − 2·(n − 2·floor(n/2)), exact for every integer n a float holds.
        string half = g.Op("Floor", g.Op("Mul", n, g.Constant(0.5)));
        string parity = g.Op("Sub", n, g.Op("Add", half, half));
        string sign = g.Op("Sub", g.Constant(1.0), g.Op("Add", parity, parity));
        return g.Op("Mul", f, sign);
    }

    /// <summary>Appends f(x) to the graph.</summary>
    /// <param name="graph">The graph.</param>
    /// <param name="function">The activation function.</param>
    /// <param name="x">The tensor holding the node's weighted sum.</param>
    /// <returns>The tensor holding f(x).</returns>
    /// <exception cref="ExportException">The function has no ONNX form.</exception>
    public static string Emit(OnnxGraph graph, ActivationFunction function, string x) =>
        Emitters.TryGetValue(function, out var emit)
            ? emit(graph, x)
            : throw new ExportException($"activation \"{function}\" has no ONNX form; expected one of {string.Join(", ", Emitters.Keys)}.");
}
