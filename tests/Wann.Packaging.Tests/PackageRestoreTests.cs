using System.Globalization;
using System.Security;
using System.Text.RegularExpressions;
using Xunit.Abstractions;

namespace Wann.Packaging.Tests;

/// <summary>
/// <c>dotnet pack</c> of Wann.Core, its dependencies Wann.Files and Wann.Environments gives packages a fresh project outside the repository can
/// restore from a folder feed, build and run: the README's library example, compiled as written there.
/// </summary>
/// <param name="log">Receives the example's output.</param>
public sealed partial class PackageRestoreTests(ITestOutputHelper log)
{
    private static readonly TimeSpan Step = TimeSpan.FromMinutes(3);

    [Fact]
    public void PackedPackagesRestoreBuildAndRunTheReadmeExample()
    {
        string repository = FindRepository();
        string work = Path.Combine(Path.GetTempPath(), $"wann-packaging-{Guid.NewGuid():N}");
        string feed = Path.Combine(work, "feed");
        string app = Path.Combine(work, "app");
        Directory.CreateDirectory(app);

        // A version of its own per run, so neither this test nor a user's earlier restore can hand back a stale
        // package from a NuGet cache (the project metadata's Version is checked in the nuspec test below).
        string version = "0.2.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        try
        {
            foreach (string project in new[] { "src/Wann.Files", "src/Wann.Core", "environments/Wann.Environments" })
            {
                DotnetCli.Run(repository, Step, "pack", Path.Combine(repository, project), "-c", "Release", "-o", feed,
                    $"-p:PackageVersion={version}", "-v", "quiet", "-clp:ErrorsOnly", "-nodeReuse:false");
            }

            Assert.True(File.Exists(Path.Combine(feed, $"Wann.Core.{version}.nupkg")), "Wann.Core was not packed");
            Assert.True(File.Exists(Path.Combine(feed, $"Wann.Environments.{version}.nupkg")), "Wann.Environments was not packed");
            Assert.True(File.Exists(Path.Combine(feed, $"Wann.Files.{version}.nupkg")), "Wann.Files (a dependency of Wann.Core) was not packed");

            // The machine's own package sources (read before our nuget.config exists) give the transitive packages.
            List<string> sources = MachineSources(app);
            Assert.NotEmpty(sources);
            WriteProject(app, feed, sources, version, ReadmeLibraryExample.Code(repository));

            DotnetCli.Run(app, Step, "build", "-c", "Release", "-v", "quiet", "-clp:ErrorsOnly", "-nodeReuse:false");
            string output = DotnetCli.Run(app, Step, "run", "-c", "Release", "--no-build");
            log.WriteLine(output);

            // The example prints each generation, then the champion's validated mean, the policy's weight and its
            // action for one CartPole observation.
            Assert.Matches(GenerationLine(), output);
            Match result = ResultLine().Match(output);
            Assert.True(result.Success, $"no result line in:\n{output}");
            double champion = double.Parse(result.Groups["champion"].Value, CultureInfo.InvariantCulture);
            double weight = double.Parse(result.Groups["weight"].Value, CultureInfo.InvariantCulture);
            double action = double.Parse(result.Groups["action"].Value, CultureInfo.InvariantCulture);
            Assert.InRange(champion, 60.0, 500.0);
            Assert.Contains(weight, new[] { -2.0, -1.0, -0.5, 0.5, 1.0, 2.0 });
            Assert.Contains(action, new[] { 0.0, 1.0 });
            Assert.Contains("inside the action space: True", output, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    [Fact]
    public void PackageMetadataNamesThePackagesAndShipsReadmeAndDocs()
    {
        // The project files themselves, not a packed copy: the metadata the CI pack uses.
        string repository = FindRepository();
        string shared = File.ReadAllText(Path.Combine(repository, "Packaging.props"));
        Assert.Contains("<Version>0.2.0</Version>", shared, StringComparison.Ordinal);
        Assert.Contains("<Authors>", shared, StringComparison.Ordinal);
        Assert.Contains("<PackageReadmeFile>README.md</PackageReadmeFile>", shared, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(repository, "docs", "package", "README.md")), "the package README is missing");
        foreach (string project in new[] { "src/Wann.Files/Wann.Files.csproj", "src/Wann.Core/Wann.Core.csproj", "environments/Wann.Environments/Wann.Environments.csproj" })
        {
            string text = File.ReadAllText(Path.Combine(repository, project));
            Assert.Contains("Packaging.props", text, StringComparison.Ordinal);
            Assert.Matches("<Description>.{40,}</Description>", text);
        }
    }

    private static void WriteProject(string app, string feed, List<string> sources, string version, string program)
    {
        string home = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        string sourceLines = string.Concat(sources.Select((s, i) => $"    <add key=\"machine{i}\" value=\"{SecurityElement.Escape(s)}\" />\n"));

        // Packages restore into a folder of this test (nothing lands in the user's cache); the user's cache is a
        // read-only fallback, so transitive packages already on the machine are not downloaded again.
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{SecurityElement.Escape(Path.Combine(app, "..", "packages"))}" />
              </config>
              <fallbackPackageFolders>
                <clear />
                <add key="machine-cache" value="{SecurityElement.Escape(home)}" />
              </fallbackPackageFolders>
              <packageSources>
                <clear />
                <add key="wann-local" value="{SecurityElement.Escape(feed)}" />
            {sourceLines}  </packageSources>
            </configuration>
            """);

        // Empty files stop MSBuild's upward search, so nothing from /tmp or above leaks into the project.
        File.WriteAllText(Path.Combine(app, "Directory.Build.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "Directory.Packages.props"), "<Project />\n");
        File.WriteAllText(Path.Combine(app, "LibraryDemo.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Wann.Core" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), program);
    }

    private static List<string> MachineSources(string directory)
    {
        string list = DotnetCli.Run(directory, Step, "nuget", "list", "source", "--format", "Short");
        var sources = new List<string>();
        foreach (string line in list.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // "E <url>" is an enabled source, "D <url>" a disabled one.
            if (line.StartsWith("E ", StringComparison.Ordinal))
            {
                sources.Add(line[2..].Trim());
            }
        }

        return sources;
    }

    private static string FindRepository()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wann.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Wann.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex(@"^generation \d+: best mean \d", RegexOptions.Multiline)]
    private static partial Regex GenerationLine();

    [GeneratedRegex(@"champion (?<champion>[0-9.]+), weight (?<weight>-?[0-9.]+), action (?<action>[0-9.]+)")]
    private static partial Regex ResultLine();
}
