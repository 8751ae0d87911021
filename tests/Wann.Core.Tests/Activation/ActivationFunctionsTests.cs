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
        foreach (ActivationFunction f in ActivationTable.All.Select(e => e.Id))
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
        foreach (ActivationFunction f in ActivationTable.All.Select(e => e.Id))
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
    public void Wide_rows_give_every_lane_the_register_forms_bits()
    {
        // A wide network (a batch of images) activates rows of 512-bit registers with each function's 512-bit form
        // (or its narrow form, for a function without one); every lane must get the bits of the narrow row.
        int width = System.Runtime.Intrinsics.Vector512<double>.Count * System.Numerics.Vector<double>.Count;
        var rng = new Wann.Environments.Randomness.Xoshiro256(11);
        var xs = new double[width * 40];
        for (int i = 0; i < xs.Length; i++)
        {
            xs[i] = rng.NextDouble(-6.0, 6.0) * (i % 7 == 0 ? 150.0 : 1.0);
        }

        double[] edges = [double.NaN, 0.0, -0.0, 0.25, -0.25, 0.2499999, double.PositiveInfinity, double.NegativeInfinity, 1e-300, -800.0, 800.0, 0.5];
        edges.CopyTo(xs, 0);
        foreach (ActivationFunction f in ActivationTable.All.Select(e => e.Id))
        {
            double[] wide = [.. xs];
            double[] narrow = [.. xs];
            VectorActivations.ApplyInPlaceWide(f, wide);
            VectorActivations.ApplyInPlace(f, narrow);
            for (int i = 0; i < xs.Length; i++)
            {
                Assert.True(BitConverter.DoubleToInt64Bits(narrow[i]) == BitConverter.DoubleToInt64Bits(wide[i]), $"{f}({xs[i]:R}): wide {wide[i]:R}, narrow {narrow[i]:R}");
            }
        }

        // Every built-in has its own 512-bit form (a slip back to the narrow one would pass the loop above unseen).
        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            Assert.True(ActivationTable.KernelOf(f).GetType().Name.StartsWith("WideDefinitionLaneKernel", StringComparison.Ordinal), $"{f} has no 512-bit kernel");
        }

        Assert.Throws<ArgumentException>(() => VectorActivations.ApplyInPlaceWide(ActivationFunction.Tanh, new double[System.Numerics.Vector<double>.Count]));
    }

    [Fact]
    public void Names_round_trip_and_ids_are_the_reference_ids()
    {
        foreach (ActivationFunction f in ActivationTable.All.Select(e => e.Id))
        {
            Assert.True(ActivationFunctions.TryParse(ActivationFunctions.NameOf(f), out ActivationFunction back));
            Assert.Equal(f, back);
        }

        Assert.Equal(4, (int)ActivationFunction.Gaussian);
        Assert.Equal(10, (int)ActivationFunction.Cos);
        Assert.False(ActivationFunctions.TryParse("softplus", out _));
    }

    [Fact]
    public void Every_entry_is_complete_and_its_lane_and_scalar_forms_agree_bit_for_bit()
    {
        int width = System.Numerics.Vector<double>.Count;
        double[] xs = [0.0, -0.0, 0.1, -0.1, 0.25, 0.2499999, 1.0, -1.0, 2.5, -3.75, 17.0, -40.0, 700.0, -745.0, 1e-300, double.NaN, 0.5];
        double[] padded = new double[((xs.Length + width - 1) / width) * width];
        xs.CopyTo(padded, 0);
        var names = new HashSet<string>();
        var ids = new HashSet<int>();
        Assert.True(ActivationTable.All.Count >= 11);
        foreach (ActivationEntry e in ActivationTable.All)
        {
            Assert.False(string.IsNullOrWhiteSpace(e.Name));
            Assert.True(names.Add(e.Name), $"name {e.Name} twice");
            Assert.True(ids.Add((int)e.Id), $"id {(int)e.Id} twice");
            Assert.Matches("^#[0-9a-fA-F]{6}$", e.Colour);
            Assert.NotNull(e.Definition);
            Assert.NotNull(e.Kernel);
            Assert.Same(e, ActivationTable.Get(e.Id));
            Assert.Equal(e.Name, ActivationFunctions.NameOf(e.Id));
            Assert.True(ActivationFunctions.TryParse(e.Name.ToUpperInvariant(), out ActivationFunction back));
            Assert.Equal(e.Id, back);
            Assert.True(double.IsFinite(e.Definition(0.5)), $"{e.Name}(0.5) is not finite");

            double[] row = [.. padded];
            VectorActivations.ApplyInPlace(e.Id, row);
            for (int i = 0; i < padded.Length; i++)
            {
                long scalar = BitConverter.DoubleToInt64Bits(e.Scalar(padded[i]));
                Assert.True(scalar == BitConverter.DoubleToInt64Bits(row[i]), $"{e.Name}({padded[i]:R}): lane {row[i]:R}, scalar {e.Scalar(padded[i]):R}");
                Assert.Equal(scalar, BitConverter.DoubleToInt64Bits(VectorActivations.ApplyScalar(e.Id, padded[i])));
            }
        }

        // The built-in functions all have true lane kernels (no per-lane fallback on the hot path), under the reference's ids.
        foreach (ActivationFunction f in Enum.GetValues<ActivationFunction>())
        {
            Assert.True(ActivationTable.Get(f).HasLaneKernel, $"{f} has no lane kernel");
            Assert.Equal(f.ToString().ToLowerInvariant(), ActivationTable.Get(f).Name);
        }
    }

    [Fact]
    public void An_unknown_id_is_an_error_not_the_identity()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => VectorActivations.ApplyScalar((ActivationFunction)99_999, 0.3));
        Assert.Contains("No activation function has id 99999", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentOutOfRangeException>(() => ActivationFunctions.Apply((ActivationFunction)0, 0.3));
        Assert.False(ActivationFunctions.IsDefined(0));
        Assert.False(ActivationFunctions.IsDefined(99_999));
    }

    [Fact]
    public void Registering_a_taken_name_or_id_is_rejected_with_a_clear_message()
    {
        var byName = Assert.Throws<ArgumentException>(() => ActivationTable.Register(new ActivationEntry("Tanh", (ActivationFunction)9_001, "#123456", Math.Tanh)));
        Assert.Contains("activation function named 'tanh' is already registered", byName.Message, StringComparison.Ordinal);
        var byId = Assert.Throws<ArgumentException>(() => ActivationTable.Register(new ActivationEntry("tanh2", ActivationFunction.Tanh, "#123456", Math.Tanh)));
        Assert.Contains("Activation id 5 is already taken by 'tanh'", byId.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ActivationEntry("bad", (ActivationFunction)9_002, "red", Math.Tanh));
    }
}
