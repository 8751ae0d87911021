namespace Wann.Server.Tests;

/// <summary>
/// A fact that needs headless Chromium and the npm packages of tests/browser. On CI (CI=true) it always
/// runs, so a missing browser fails the build; on a developer machine without them it is skipped with the
/// command that installs them.
/// </summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        string chromium = Environment.GetEnvironmentVariable("WANN_CHROMIUM") ?? "/usr/bin/chromium";
        string? root = BrowserCheck.RepositoryRoot();
        if (!File.Exists(chromium) || root is null || !Directory.Exists(Path.Combine(root, "tests", "browser", "node_modules", "playwright-core")))
        {
            Skip = "needs Chromium and tests/browser/node_modules: run `bash scripts/ci-setup.d/50-browser.sh` (CI always runs this test)";
        }
    }
}
