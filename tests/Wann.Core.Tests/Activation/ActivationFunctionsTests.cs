using Wann.Core.Activation;

namespace Wann.Core.Tests.Activation;

public class ActivationFunctionsTests
{
    [Theory]
    [InlineData(ActivationFunction.Linear, 0.7, 0.7)]
    [InlineData(ActivationFunction.Step, 0.7, 1.0)]
    [InlineData(ActivationFunction.Step, 0.0, 0.0)]
    [InlineData(ActivationFunction.Sin, 0.5, 1.0)]
    [InlineData(ActivationFunction.Gaussian, 2.0, 0.1353352832366127)]
    [InlineData(ActivationFunction.Tanh, 1.0, 0.7615941559557649)]
    [InlineData(ActivationFunction.Sigmoid, 0.0, 0.5)]
    [InlineData(ActivationFunction.Sigmoid, 2.0, 0.8807970779778823)]
    [InlineData(ActivationFunction.Inverse, 0.7, -0.7)]
    [InlineData(ActivationFunction.Abs, -0.7, 0.7)]
    [InlineData(ActivationFunction.Relu, -0.7, 0.0)]
    [InlineData(ActivationFunction.Cos, 1.0, -1.0)]
    [InlineData(ActivationFunction.Square, -3.0, 9.0)]
    public void Scalar_values_match_hand_computation(ActivationFunction f, double x, double expected) =>
        Assert.Equal(expected, ActivationFunctions.Apply(f, x), 1e-15);

    [Fact]
    public void Register_forms_agree_with_math_to_1e6_relative_over_a_wide_range()
    {
        // Inputs from tiny to large: -1000..1000 on a log-ish grid, both signs, and the tanh switch point.
        var xs = new List<double> { 0.0, 0.25, -0.25, 0.2499999, 1e-9, -1e-9, 709.0, -745.0 };
        for (double m = 1e-6; m < 1000; m *= 1.07)
        {
            xs.Add(m);
            xs.Add(-m);
        }

        int width = System.Numerics.Vector<double>.Count;
        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            for (int i = 0; i + width <= xs.Count; i += width)
            {
                var x = new System.Numerics.Vector<double>(xs.GetRange(i, width).ToArray());
                var y = VectorActivations.Apply(f, x);
                for (int j = 0; j < width; j++)
                {
                    double expected = ActivationFunctions.Apply(f, xs[i + j]);
                    double tolerance = Math.Max(1e-6 * Math.Abs(expected), f is ActivationFunction.Sin or ActivationFunction.Cos ? 1e-9 * Math.Max(1, Math.Abs(xs[i + j])) : 1e-12);
                    Assert.True(Math.Abs(y[j] - expected) <= tolerance, $"{f}({xs[i + j]:R}): {y[j]:R} vs {expected:R}");
                }
            }
        }
    }

    [Fact]
    public void A_row_activated_in_place_has_the_bits_of_the_register_form()
    {
        // The lane network activates whole rows (one dispatch per row, a kernel per costly function); every lane
        // must still get the register form's bits, or the scalar and lane paths would drift apart.
        int width = System.Numerics.Vector<double>.Count;
        var rng = new Wann.Environments.Randomness.Xoshiro256(7);
        var xs = new double[width * 9];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = rng.NextDouble(-6.0, 6.0) * (i % 5 == 0 ? 100.0 : 1.0);
        }

        xs[3] = double.NaN;
        xs[4] = 0.1;
        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            double[] row = [.. xs];
            VectorActivations.ApplyInPlace(f, row);
            for (int i = 0; i < xs.Length; i++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(VectorActivations.ApplyScalar(f, xs[i])), BitConverter.DoubleToInt64Bits(row[i]));
            }
        }

        Assert.Throws<ArgumentException>(() => VectorActivations.ApplyInPlace(ActivationFunction.Tanh, new double[width + 1]));
    }

    [Fact]
    public void Names_round_trip_and_ids_are_the_reference_ids()
    {
        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            Assert.True(ActivationFunctions.TryParse(ActivationFunctions.NameOf(f), out ActivationFunction back));
            Assert.Equal(f, back);
        }

        Assert.Equal(4, (int)ActivationFunction.Gaussian);
        Assert.Equal(10, (int)ActivationFunction.Cos);
        Assert.False(ActivationFunctions.TryParse("softplus", out _));
    }
}
