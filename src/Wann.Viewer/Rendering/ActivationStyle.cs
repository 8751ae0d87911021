using System.Globalization;
using System.Text;
using Wann.Core.Activation;

namespace Wann.Viewer.Rendering;

/// <summary>One colour per activation function, and a glyph: the function's curve over [−2, 2], drawn small inside its node; both come from the function's <see cref="ActivationTable"/> entry.</summary>
public static class ActivationStyle
{
    /// <summary>Gets the fill colour of a node with this activation (hex RGB), from its <see cref="ActivationTable"/> entry.</summary>
    /// <param name="function">The activation.</param>
    /// <returns>A colour such as <c>#4e79a7</c>.</returns>
    public static string Color(ActivationFunction function) => ActivationTable.Get(function).Colour;

    /// <summary>Points of the activation's curve, scaled into a box of the given half-size around (0, 0), y up.</summary>
    /// <param name="function">The activation.</param>
    /// <param name="half">Half the box's side.</param>
    /// <returns>(x, y) pairs, y already flipped for screen coordinates.</returns>
    public static IReadOnlyList<(double X, double Y)> Glyph(ActivationFunction function, double half)
    {
        const int points = 25;
        var curve = new List<(double, double)>(points);
        for (int i = 0; i < points; i++)
        {
            double x = -2.0 + (4.0 * i / (points - 1));
            double y = Math.Clamp(ActivationFunctions.Apply(function, x), -2.0, 2.0);
            curve.Add((x / 2.0 * half, -y / 2.0 * half));
        }

        return curve;
    }

    /// <summary>The glyph as an SVG <c>points</c> attribute, translated to (cx, cy).</summary>
    /// <param name="function">The activation.</param>
    /// <param name="cx">Centre x.</param>
    /// <param name="cy">Centre y.</param>
    /// <param name="half">Half the box's side.</param>
    /// <returns>The attribute value.</returns>
    public static string SvgPoints(ActivationFunction function, double cx, double cy, double half)
    {
        var text = new StringBuilder();
        foreach ((double x, double y) in Glyph(function, half))
        {
            text.Append(CultureInfo.InvariantCulture, $"{cx + x:F1},{cy + y:F1} ");
        }

        return text.ToString().TrimEnd();
    }
}
