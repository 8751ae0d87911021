using System.Numerics;
using System.Runtime.Intrinsics;
using Wann.Environments.Numerics;

namespace Wann.Environments.Tests.Numerics;

/// <summary>The 512-bit kernels must give every lane the 256-bit kernels' bits, so a wide network's result does not
/// depend on the register width (they run on the same CPU, so this holds where the CPU has AVX-512 and where it has not).</summary>
public class LaneMathWideTests
{
    // Edges (signed zeros, infinities, NaN, the exp clamps, subnormal results, half-integers) and a dense sweep.
    private static double[] Inputs()
    {
        var values = new List<double>
        {
            0.0, -0.0, double.PositiveInfinity, double.NegativeInfinity, double.NaN, double.Epsilon, -double.Epsilon,
            709.78, 709.79, 710.0, -745.13, -745.14, -746.0, -708.5, -730.0, 0.5, -0.5, 1.5, 2.5, 1e15 + 0.5, 1e300, -1e300,
        };
        for (double x = -760.0; x < 760.0; x += 0.0731)
        {
            values.Add(x);
        }

        for (double m = 1e-12; m < 1e6; m *= 1.37)
        {
            values.Add(m);
            values.Add(-m);
        }

        while (values.Count % Vector512<double>.Count != 0)
        {
            values.Add(values.Count * 0.25);
        }

        return [.. values];
    }

    [Theory]
    [InlineData("exp")]
    [InlineData("sinpi")]
    [InlineData("cospi")]
    public void Every_lane_gets_the_256_bit_kernels_bits(string kernel)
    {
        double[] x = Inputs();
        var wide = new double[x.Length];
        var narrow = new double[x.Length];
        for (int i = 0; i < x.Length; i += Vector512<double>.Count)
        {
            Vector512<double> v = Vector512.Create(x.AsSpan(i, Vector512<double>.Count));
            Vector512<double> r = kernel switch
            {
                "exp" => LaneMath.Exp(v),
                "sinpi" => LaneMath.SinPi(v),
                _ => LaneMath.CosPi(v),
            };
            r.CopyTo(wide.AsSpan(i));
        }

        for (int i = 0; i < x.Length; i += Vector<double>.Count)
        {
            var v = new Vector<double>(x.AsSpan(i, Vector<double>.Count));
            Vector<double> r = kernel switch
            {
                "exp" => LaneMath.Exp(v),
                "sinpi" => LaneMath.SinPi(v),
                _ => LaneMath.CosPi(v),
            };
            r.CopyTo(narrow.AsSpan(i));
        }

        for (int i = 0; i < x.Length; i++)
        {
            Assert.True(BitConverter.DoubleToInt64Bits(wide[i]) == BitConverter.DoubleToInt64Bits(narrow[i]), $"{kernel}({x[i]:R}): 512-bit {wide[i]:R}, 256-bit {narrow[i]:R}");
        }

        // And the values are the functions' (not two equal wrong answers).
        int at = Array.IndexOf(x, 0.5);
        Assert.Equal(kernel switch { "exp" => Math.Exp(0.5), "sinpi" => 1.0, _ => 0.0 }, wide[at], 15);
    }
}
