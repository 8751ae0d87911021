namespace Wann.Packaging.Tests;

/// <summary>The README's "Using Wann as a library" program: the C# block after the marker comment.</summary>
internal static class ReadmeLibraryExample
{
    public const string Marker = "<!-- compiled and run by tests/Wann.Packaging.Tests -->";

    public static string Code(string repository)
    {
        string readme = File.ReadAllText(Path.Combine(repository, "README.md"));
        int marker = readme.IndexOf(Marker, StringComparison.Ordinal);
        Assert.True(marker >= 0, $"README.md has no line {Marker}");
        int start = readme.IndexOf("```csharp\n", marker, StringComparison.Ordinal);
        Assert.True(start >= 0, "README.md has no ```csharp block after the library example marker");
        start += "```csharp\n".Length;
        int end = readme.IndexOf("\n```", start, StringComparison.Ordinal);
        return readme[start..end] + "\n";
    }
}
