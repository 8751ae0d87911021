using Wann.Core.Persistence;

namespace Wann.Export.Tests;

/// <summary>The shipped champions the tests export: the baseline runs' champions and the WANN paper's swing-up network.</summary>
internal static class Champions
{
    public static readonly string[] Files = ["swingup-champion.json", "cartpole-champion.json", "carracing-champion.json", "doublepole-neat-champion.json", "wann-reference-swingup-champion.out"];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static GenomeDocument Load(string file) => file.EndsWith(".out", StringComparison.Ordinal)
        ? new GenomeDocument(ReferenceNetworkFormat.Read(PathOf(file), 5, 1), "swingup", new Dictionary<string, double>())
        : GenomeFile.Read(PathOf(file));
}
