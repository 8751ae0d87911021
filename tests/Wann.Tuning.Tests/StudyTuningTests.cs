using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Files;
using Wann.Studies;

namespace Wann.Tuning.Tests;

/// <summary>A study that asks for tuning: finished runs are tuned without re-running their evolution, and a study stopped
/// during tuning finishes with the runs.csv of one that never stopped.</summary>
public sealed class StudyTuningTests : IDisposable
{
    private const string Base = """
        { "task": "cartpole", "generations": 4, "population": 24, "reps": 2, "championReps": 4, "tournamentSize": 4, "checkpointEvery": 1 }
        """;

    private const string Plain = """
        { "name": "tune-study", "base": "base.json", "arms": [ { "name": "a", "set": {} } ], "seeds": [3, 5],
          "assessment": { "episodes": 8, "seed": 11 }, "published": { "tunedWeights": 932 } }
        """;

    private const string Tuned = """
        { "name": "tune-study", "base": "base.json", "arms": [ { "name": "a", "set": {} } ], "seeds": [3, 5],
          "assessment": { "episodes": 8, "seed": 11, "tune": { "optimizer": "cma", "generations": 5, "population": 8, "episodes": 3, "sigma": 0.2 } },
          "published": { "tunedWeights": 932 } }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("wann-tune-study").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task A_finished_study_that_now_asks_for_tuning_tunes_its_runs_without_evolving_them_again()
    {
        File.WriteAllText(Path.Combine(_root, "base.json"), Base);
        string plain = Write("plain.json", Plain);
        string tuned = Write("tuned.json", Tuned);
        string folder = Path.Combine(_root, "study");

        IReadOnlyList<RunOutcome> first = await new StudyRunner(StudySuiteLoader.Load(plain), folder, 1, 2).RunAsync();
        Assert.All(first, o => Assert.Null(o.TunedWeights));
        Assert.DoesNotContain("tunedWeights", File.ReadAllText(Path.Combine(folder, "runs.csv")), StringComparison.Ordinal);
        string run = Path.Combine(folder, "a", "seed-3");
        byte[] metrics = File.ReadAllBytes(Path.Combine(run, "metrics.csv"));
        byte[] champion = File.ReadAllBytes(Path.Combine(run, "champion.json"));
        string copy = Path.Combine(_root, "copy");
        CopyFolder(folder, copy);

        StudySuite suite = StudySuiteLoader.Load(tuned);
        Assert.Equal(["randomWeights", "randomShared", "tunedShared", "tunedWeights", "championValidated", "connections"], suite.Metrics);
        IReadOnlyList<RunOutcome> second = await new StudyRunner(suite, folder, 1, 2).RunAsync();
        Assert.Equal(2, second.Count);
        Assert.All(second, o => Assert.True(o.TunedWeights is > 0, $"tuned score {o.TunedWeights}"));
        Assert.Equal(first.Select(o => o with { TunedWeights = null }), second.Select(o => o with { TunedWeights = null }));
        Assert.Equal(metrics, File.ReadAllBytes(Path.Combine(run, "metrics.csv")));
        Assert.Equal(champion, File.ReadAllBytes(Path.Combine(run, "champion.json")));
        Assert.True(File.Exists(Path.Combine(run, StudyRunner.TunedGenomeFile)));

        // Each tune starts from the run's tuned shared weight, the one Table 1's third column reports.
        foreach (RunOutcome o in second)
        {
            GenomeDocument tunedGenome = GenomeFile.Read(Path.Combine(folder, o.Arm, $"seed-{o.Seed}", StudyRunner.TunedGenomeFile));
            Assert.Equal(o.TunedWeight, tunedGenome.Scores["tuneStartWeight"]);
        }
        string[] rows = File.ReadAllLines(Path.Combine(folder, "runs.csv"));
        Assert.EndsWith(",tunedWeight,tunedWeights", rows[0], StringComparison.Ordinal);
        string report = StudyReport.Write(suite, folder, second);
        Assert.Contains("tunedWeights", report, StringComparison.Ordinal);
        Assert.Contains(" 932.0 |", report, StringComparison.Ordinal);

        // The same, with seed 3's tune stopped after its second generation (as a kill would leave it: a tune checkpoint,
        // no tuned genome, no tuned score), then the study started again. The tune is stopped from its own progress
        // callback, with the settings the study gives it, so the stop lands mid-tune on every machine.
        string seed3 = Path.Combine(copy, "a", "seed-3");
        TuneSettings settings = suite.Tune! with { Seed = 3, Threads = 2, StartWeight = first.Single(o => o.Seed == 3).TunedWeight };
        using var stop = new CancellationTokenSource();
        TuneResult partial = new WeightTuner(GenomeFile.Read(Path.Combine(seed3, "champion.json")), TaskRegistry.Get("cartpole"), settings)
            .Run(WeightTuner.CheckpointPathFor(Path.Combine(seed3, StudyRunner.TunedGenomeFile)), g =>
            {
                if (g.Generation >= 2)
                {
                    stop.Cancel();
                }
            }, stop.Token);
        Assert.False(partial.Completed);
        Assert.True(File.Exists(WeightTuner.CheckpointPathFor(Path.Combine(seed3, StudyRunner.TunedGenomeFile))));
        await new StudyRunner(suite, copy, 1, 2).RunAsync();
        Assert.Equal(File.ReadAllBytes(Path.Combine(folder, "runs.csv")), File.ReadAllBytes(Path.Combine(copy, "runs.csv")));
    }

    [Fact]
    public void A_bad_tune_block_is_named()
    {
        File.WriteAllText(Path.Combine(_root, "base.json"), Base);
        string bad = Write("bad.json", Tuned.Replace("\"generations\": 5", "\"generations\": 0", StringComparison.Ordinal).Replace("\"sigma\": 0.2", "\"sigma\": 0.2, \"speed\": 1", StringComparison.Ordinal));
        var e = Assert.Throws<InputFileException>(() => StudySuiteLoader.Load(bad));
        Assert.Contains("$.assessment.tune.generations", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.assessment.tune.speed", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_table1_swingup_suite_tunes_and_publishes_932()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Wann.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Wann.sln not found above the tests");
        }

        StudySuite suite = StudySuiteLoader.Load(Path.Combine(root, "experiments", "studies", "table1-swingup.json"));
        Assert.NotNull(suite.Tune);
        Assert.Equal("cma", suite.Tune.Optimizer);
        Assert.Equal(932, suite.Published["tunedWeights"]);
        Assert.Contains("tunedWeights", suite.Metrics);
    }

    private string Write(string name, string text)
    {
        string path = Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (string directory in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(from, to, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(to);
        foreach (string file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
        }
    }
}
