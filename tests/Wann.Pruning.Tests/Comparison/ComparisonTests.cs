using Wann.Pruning.Comparison;
using Wann.Pruning.Studies;
using Wann.Files;

namespace Wann.Pruning.Tests.Comparison;

public sealed class ComparisonTests
{
    [Fact]
    public void The_report_lists_the_champions_the_matched_runs_and_each_curves_summary()
    {
        var wann = new WannEntry("champion.json", new WannScores(512, 0.80, 0.15, 0.905, 1.5, 0.91));
        MatchedResult[] matched = [new(512, "synflow", 512, 0.62, false), new(512, "random", 512, 0.11, true)];
        (string, PruningPoint)[] curves =
        [
            ("lth/points.csv", new PruningPoint("lottery-ticket", 0, 1000, 1000, 0.980, [1.0], 1)),
            ("lth/points.csv", new PruningPoint("lottery-ticket", 1, 500, 1000, 0.978, [0.5], 1)),
            ("lth/points.csv", new PruningPoint("lottery-ticket", 2, 250, 1000, 0.950, [0.25], 1)),
        ];

        string md = ComparisonReport.ToMarkdown(new ComparisonResult("test", [wann], matched, curves, 107_800), "compare.png");

        Assert.Contains("| `champion.json` | 512 | 80.0% ± 15.0% | 90.5% | 91.0% (w = 1.5) |", md, StringComparison.Ordinal);
        Assert.Contains("| 512 | synflow | 512 | 62.0% |", md, StringComparison.Ordinal);
        Assert.Contains("| 512 | random | 512 | 11.0% (layer collapse) |", md, StringComparison.Ordinal);

        // Within 0.5 points of 98.0%: the 500-weight point (97.8%), not the 250-weight one (95.0%).
        Assert.Contains("| `lth/points.csv` | lottery-ticket | 98.0% (1,000) | 500 (50.0% of weights): 97.8% | 250: 95.0% |", md, StringComparison.Ordinal);
        Assert.Contains("![accuracy against connections](compare.png)", md, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_naming_missing_files_and_unknown_methods_is_refused_with_paths()
    {
        string dir = Directory.CreateTempSubdirectory("wann-compare-").FullName;
        string path = Path.Combine(dir, "compare.json");
        File.WriteAllText(path, """{ "wann": ["nowhere/champion.json"], "pruning": [], "matched": { "methods": ["synflow", "prune-harder"], "rounds": 0 } }""");

        var error = Assert.Throws<InputFileException>(() => ComparisonConfig.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("$.wann[0]: found \"nowhere/champion.json\", expected an existing file", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.matched.methods: found \"prune-harder\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.matched.rounds: found 0", error.Message, StringComparison.Ordinal);
    }
}
