using System.Diagnostics;

namespace Wann.Server.Tests;

/// <summary>Runs tests/browser/viewer-check.mjs (playwright-core driving Chromium) against a served page.</summary>
internal static class BrowserCheck
{
    public static string? RepositoryRoot()
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

    /// <summary>Runs the check and returns its JSON line.</summary>
    public static async Task<string> RunAsync(Uri url, string run)
    {
        string root = RepositoryRoot() ?? throw new InvalidOperationException("Repository root (Wann.sln) not found.");
        string script = Path.Combine(root, "tests", "browser", "viewer-check.mjs");
        var start = new ProcessStartInfo("node", [script, url.ToString(), run])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(script)!,
        };
        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"viewer-check.mjs exited {process.ExitCode}: {await errors}");
        return (await output).Trim();
    }
}
