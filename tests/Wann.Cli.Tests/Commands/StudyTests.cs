using System.Diagnostics;

namespace Wann.Cli.Tests.Commands;

public sealed class StudyTests : IDisposable
{
    private const string Base = """
        { "task": "cartpole", "generations": 12, "population": 48, "reps": 2, "championReps": 4, "tournamentSize": 4, "checkpointEvery": 1 }
        """;

    private const string Suite = """
        {
          "name": "kill-study",
          "base": "base.json",
          "arms": [ { "name": "t4", "set": {} }, { "name": "t2", "set": { "tournamentSize": 2 } } ],
          "seeds": [3, 5, 8],
          "assessment": { "episodes": 20, "seed": 11 },
          "success": { "randomShared": 475 },
          "published": { "randomShared": 500 }
        }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("wann-study").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_study_killed_mid_way_and_started_again_writes_the_runs_of_an_uninterrupted_study()
    {
        File.WriteAllText(Path.Combine(_root, "base.json"), Base);
        string suite = Path.Combine(_root, "suite.json");
        File.WriteAllText(suite, Suite);

        string whole = Path.Combine(_root, "whole");
        var (code, output) = WannProcess.Run("study", suite, "--out", whole, "--threads", "1");
        Assert.True(code == 0, output);
        string[] rows = File.ReadAllLines(Path.Combine(whole, "runs.csv"));
        Assert.Equal(7, rows.Length);
        Assert.StartsWith("arm,seed,generations,episodes,championValidated,connections,randomWeights,randomShared,tunedShared,tunedWeight", rows[0], StringComparison.Ordinal);
        Assert.StartsWith("t4,3,12,", rows[1], StringComparison.Ordinal);
        Assert.StartsWith("t2,8,12,", rows[6], StringComparison.Ordinal);
        string report = File.ReadAllText(Path.Combine(whole, "report.md"));
        Assert.Contains("| t4 vs t2 | randomShared |", report, StringComparison.Ordinal);
        Assert.Contains("| published |", report, StringComparison.Ordinal);

        string cut = Path.Combine(_root, "cut");
        using (Process process = WannProcess.Start("study", suite, "--out", cut, "--threads", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (!Directory.Exists(Path.Combine(cut, "t4", "seed-5")) && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(20);
            }

            Thread.Sleep(150);
            process.Kill(entireProcessTree: true); // SIGKILL mid-study
            process.WaitForExit();
        }

        Assert.False(File.Exists(Path.Combine(cut, "runs.csv")) && File.ReadAllLines(Path.Combine(cut, "runs.csv")).Length == 7, "the kill came after the study finished");
        (code, output) = WannProcess.Run("study", suite, "--out", cut, "--threads", "1");
        Assert.True(code == 0, output);
        Assert.Contains("already finished", output, StringComparison.Ordinal);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "runs.csv")), File.ReadAllBytes(Path.Combine(cut, "runs.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "summary.json")), File.ReadAllText(Path.Combine(cut, "summary.json")));

        // Wall times live apart from the reproducible files: every run has one, in both studies (a killed session adds
        // nothing, so the killed run counts the session that finished it).
        foreach (string study in (string[])[whole, cut])
        {
            string[] timings = File.ReadAllLines(Path.Combine(study, "timings.csv"));
            Assert.Equal(7, timings.Length);
            Assert.Equal("arm,seed,wallSeconds,sessions,episodes,episodesPerSecond", timings[0]);
            for (int i = 1; i < 7; i++)
            {
                string[] cells = timings[i].Split(',');
                Assert.Equal(rows[i].Split(',')[..2], cells[..2]);
                Assert.True(double.Parse(cells[2], System.Globalization.CultureInfo.InvariantCulture) > 0, timings[i]);
                Assert.Equal("1", cells[3]);
                Assert.Equal(rows[i].Split(',')[3], cells[4]);
                Assert.True(double.Parse(cells[5], System.Globalization.CultureInfo.InvariantCulture) > 0, timings[i]);
            }
        }
    }

    [Fact]
    public void Arms_run_one_at_a_time_give_the_files_of_the_whole_study_and_a_wrong_arm_runs_nothing()
    {
        File.WriteAllText(Path.Combine(_root, "base.json"), Base);
        string suite = Path.Combine(_root, "suite.json");
        File.WriteAllText(suite, Suite);

        string parts = Path.Combine(_root, "parts");
        var (code, output) = WannProcess.Run("study", suite, "--out", parts, "--threads", "1", "--arms", "t4,nope");
        Assert.Equal(2, code);
        Assert.Contains("--arms: found 'nope', expected arm names of", output, StringComparison.Ordinal);
        Assert.Contains(": t4, t2.", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(parts), "a wrong arm must stop the study before any run");

        // The second arm first: only its runs are run, and the outputs cover them.
        (code, output) = WannProcess.Run("study", suite, "--out", parts, "--threads", "1", "--arms", "t2");
        Assert.True(code == 0, output);
        Assert.Contains("run without --arms for the other 3 runs", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(parts, "t4")));
        string[] rows = File.ReadAllLines(Path.Combine(parts, "runs.csv"));
        Assert.Equal(["t2,3,", "t2,5,", "t2,8,"], rows[1..].Select(r => r[..5]));

        // Then the rest: the same files as the study run at once (runs.csv is in arm order, whatever order they ran in).
        (code, output) = WannProcess.Run("study", suite, "--out", parts, "--threads", "1");
        Assert.True(code == 0, output);
        Assert.Contains("3 of 6 runs already finished", output, StringComparison.Ordinal);
        string whole = Path.Combine(_root, "whole");
        (code, output) = WannProcess.Run("study", suite, "--out", whole, "--threads", "1");
        Assert.True(code == 0, output);
        Assert.Equal(File.ReadAllBytes(Path.Combine(whole, "runs.csv")), File.ReadAllBytes(Path.Combine(parts, "runs.csv")));
        Assert.Equal(File.ReadAllText(Path.Combine(whole, "summary.json")), File.ReadAllText(Path.Combine(parts, "summary.json")));
    }

    [Fact]
    public void A_bad_suite_names_every_problem_with_its_path()
    {
        File.WriteAllText(Path.Combine(_root, "base.json"), Base);
        string suite = Path.Combine(_root, "bad.json");
        File.WriteAllText(suite, """{ "base": "base.json", "arms": [ { "name": "a", "set": { "population": 1 } }, { "name": "a" } ], "seeds": [1, 1], "success": { "speed": 3 } }""");
        var (code, output) = WannProcess.Run("study", suite, "--out", Path.Combine(_root, "bad"));
        Assert.Equal(2, code);
        Assert.Contains("$.population: found 1", output, StringComparison.Ordinal);
        Assert.Contains("$.arms[1].name: found \"a\", expected each arm named once", output, StringComparison.Ordinal);
        Assert.Contains("$.seeds[1]: found 1, expected each seed once", output, StringComparison.Ordinal);
        Assert.Contains("$.success.speed", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
    }
}
