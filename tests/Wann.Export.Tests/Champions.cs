using Wann.Core.Persistence;

namespace Wann.Export.Tests;

/// <summary>The champions the tests export: the baseline runs' (seed 1; swing-up the full run, the others 64 generations), an
/// MNIST champion of a 32-generation run of experiments/mnist256-quick.json (seed 1; disabled connections left out),
/// short runs (seed 1) of experiments/doublepole.json (32 generations) and doublepole-novel.json (64), and the WANN
/// paper's swing-up network.</summary>
internal static class Champions
{
    public static readonly string[] Files = ["swingup-champion.json", "cartpole-champion.json", "carracing-champion.json", "doublepole-neat-champion.json", "doublepole-champion.json", "doublepole-novel-champion.json", "mnist256-champion.json", "wann-reference-swingup-champion.out"];

    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "Fixtures", file);

    public static GenomeDocument Load(string file) => file.EndsWith(".out", StringComparison.Ordinal)
        ? new GenomeDocument(ReferenceNetworkFormat.Read(PathOf(file), 5, 1), "swingup", new Dictionary<string, double>())
        : GenomeFile.Read(PathOf(file));
}
