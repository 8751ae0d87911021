using System.Numerics;
using Wann.Environments.Numerics;

namespace Wann.Environments.Tests.Numerics;

public class LaneMathTests
{
    private static IEnumerable<double> Grid()
    {
        yield return 0.0;
        yield return -0.0;
        for (double m = 1e-9; m < 3000; m *= 1.013)
        {
            yield return m;
            yield return -m;
            yield return Math.Round(m) + 0.5;
        }
    }

    [Fact]
    public void SinPi_and_CosPi_match_math_to_a_few_ulps()
    {
        foreach (double x in Grid())
        {
            // Math.Sin(Math.PI * x) itself carries the rounding of π·x (up to π·|x|·1.1e-16 absolute);
            // LaneMath reduces x exactly, so it is the more accurate of the two there.
            double tolerance = 4e-16 + (Math.Abs(x) * Math.PI * 2.3e-16);
            Assert.True(Math.Abs(LaneMath.SinPi(x) - Math.Sin(Math.PI * x)) <= tolerance, $"sinpi({x:R}) = {LaneMath.SinPi(x):R}, Math {Math.Sin(Math.PI * x):R}");
            Assert.True(Math.Abs(LaneMath.CosPi(x) - Math.Cos(Math.PI * x)) <= tolerance, $"cospi({x:R}) = {LaneMath.CosPi(x):R}, Math {Math.Cos(Math.PI * x):R}");
        }

        Assert.Equal(1.0, LaneMath.SinPi(0.5));
        Assert.Equal(-1.0, LaneMath.CosPi(1.0));
        Assert.Equal(0.0, LaneMath.SinPi(7.0), 1e-300);
        Assert.True(double.IsNaN(LaneMath.SinPi(double.PositiveInfinity)));
        Assert.True(double.IsNaN(LaneMath.CosPi(double.NaN)));
    }

    [Fact]
    public void Exp_matches_math_to_a_few_ulps_including_the_edges()
    {
        for (double x = -745.5; x < 710.5; x += 0.0137)
        {
            double expected = Math.Exp(x);
            double got = LaneMath.Exp(x);
            if (double.IsInfinity(expected))
            {
                Assert.Equal(expected, got);
                continue;
            }

            double tolerance = expected < 1e-300 ? 1e-320 + (expected * 1e-12) : expected * 4e-16;
            Assert.True(Math.Abs(got - expected) <= tolerance, $"exp({x:R}) = {got:R}, Math {expected:R}");
        }

        Assert.Equal(1.0, LaneMath.Exp(0.0));
        Assert.Equal(double.PositiveInfinity, LaneMath.Exp(710.0));
        Assert.Equal(double.PositiveInfinity, LaneMath.Exp(double.PositiveInfinity));
        Assert.Equal(0.0, LaneMath.Exp(-746.0));
        Assert.Equal(0.0, LaneMath.Exp(double.NegativeInfinity));
        Assert.True(double.IsNaN(LaneMath.Exp(double.NaN)));
    }

    [Fact]
    public void A_lane_computes_the_same_bits_alone_or_beside_any_neighbours()
    {
        int width = Vector<double>.Count;
        double[] values = [0.3, 1e6 + 0.25, -777.125, 2.5e-9, double.NaN, 650.0, -12.75, 1e17];
        for (int start = 0; start + width <= values.Length; start++)
        {
            var x = new Vector<double>(values, start);
            Vector<double> s = LaneMath.SinPi(x);
            Vector<double> c = LaneMath.CosPi(x);
            Vector<double> e = LaneMath.Exp(x);
            for (int j = 0; j < width; j++)
            {
                double v = values[start + j];
                Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.SinPi(v)), BitConverter.DoubleToInt64Bits(s[j]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.CosPi(v)), BitConverter.DoubleToInt64Bits(c[j]));
                Assert.Equal(BitConverter.DoubleToInt64Bits(LaneMath.Exp(v)), BitConverter.DoubleToInt64Bits(e[j]));
            }
        }
    }
}
