using Wann.Environments.Randomness;

namespace Wann.Environments.Tests.Randomness;

public class Xoshiro256Tests
{
    [Fact]
    public void Same_seed_gives_the_same_stream_and_state_round_trips()
    {
        var a = new Xoshiro256(123);
        var b = new Xoshiro256(123);
        for (int i = 0; i < 100; i++)
        {
            Assert.Equal(a.NextUInt64(), b.NextUInt64());
        }

        var c = Xoshiro256.FromState(a.GetState());
        Assert.Equal(a.NextUInt64(), c.NextUInt64());
        Assert.NotEqual(new Xoshiro256(124).NextUInt64(), new Xoshiro256(123).NextUInt64());
    }

    [Fact]
    public void NextInt_is_in_range_and_roughly_uniform()
    {
        var rng = new Xoshiro256(7);
        var counts = new int[6];
        for (int i = 0; i < 60_000; i++)
        {
            counts[rng.NextInt(6)]++;
        }

        foreach (int count in counts)
        {
            Assert.InRange(count, 9_500, 10_500); // expected 10,000, sd ≈ 91
        }
    }

    [Fact]
    public void Gaussian_has_mean_zero_and_unit_variance()
    {
        var rng = new Xoshiro256(11);
        double sum = 0.0;
        double squares = 0.0;
        const int n = 100_000;
        for (int i = 0; i < n; i++)
        {
            double g = rng.NextGaussian();
            sum += g;
            squares += g * g;
        }

        Assert.Equal(0.0, sum / n, 0.02);
        Assert.Equal(1.0, squares / n, 0.02);
    }

    [Fact]
    public void Mixed_seeds_differ_in_every_component()
    {
        ulong baseSeed = SeedMixer.Mix(1, 2, 3);
        Assert.NotEqual(baseSeed, SeedMixer.Mix(1, 2, 4));
        Assert.NotEqual(baseSeed, SeedMixer.Mix(1, 3, 3));
        Assert.NotEqual(baseSeed, SeedMixer.Mix(2, 2, 3));
        Assert.NotEqual(SeedMixer.Mix(1, 2), SeedMixer.Mix(2, 1));
        Assert.Equal(baseSeed, SeedMixer.Mix(SeedMixer.Mix(1, 2), 3));
    }
}
