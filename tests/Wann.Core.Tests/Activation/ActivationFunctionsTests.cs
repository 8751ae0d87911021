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
    public void Lane_forms_agree_with_math_to_1e6_relative()
    {
        var xs = new double[2001];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = -10.0 + (i * 0.01);
        }

        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            double[] lanes = [.. xs];
            ActivationFunctions.Apply(f, lanes);
            for (int i = 0; i < xs.Length; i++)
            {
                double expected = ActivationFunctions.Apply(f, xs[i]);
                double scale = Math.Abs(expected);
                Assert.True(Math.Abs(lanes[i] - expected) <= 1e-6 * Math.Max(scale, 1e-6), $"{f}({xs[i]}): {lanes[i]} vs {expected}");
            }
        }
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
