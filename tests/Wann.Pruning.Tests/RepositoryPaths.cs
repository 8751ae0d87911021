using System.Runtime.CompilerServices;

namespace Wann.Pruning.Tests;

/// <summary>Finds the repository (the folder holding Wann.sln) from the test binaries or, when they were built
/// into an outside artifacts folder (<c>--artifacts-path /tmp/...</c>), from this source file's own path.</summary>
internal static class RepositoryPaths
{
    public static string Root([CallerFilePath] string sourceFile = "")
    {
        return Above(AppContext.BaseDirectory) ?? Above(Path.GetDirectoryName(sourceFile) ?? string.Empty)
            ?? throw new InvalidOperationException($"Wann.sln found neither above {AppContext.BaseDirectory} nor above {sourceFile}.");
    }

    private static string? Above(string start)
    {
        for (DirectoryInfo? dir = start.Length > 0 ? new DirectoryInfo(start) : null; dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wann.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
