using System.Diagnostics;
using Wann.Core.Persistence;
using Wann.Environments.Randomness;

namespace Wann.Cli.Tests.Commands;

public sealed class ResumeTests : IDisposable
{
    private const string SmallConfig = """
        { "name": "kill", "task": "swingup", "seed": 11, "generations": 40, "population": 48, "reps": 2,
          "tournamentSize": 4, "championReps": 4, "crowding": "reference" }
        """;

    private readonly string _root = Directory.CreateTempSubdirectory("wann-resume").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_run_killed_at_random_moments_and_resumed_writes_the_same_files_as_an_uninterrupted_run()
    {
        string config = Path.Combine(_root, "kill.json");
        File.WriteAllText(config, SmallConfig);
        string reference = Path.Combine(_root, "reference");
        Assert.Equal(0, WannProcess.Run("run", config, "--out", reference, "--threads", "2").ExitCode);

        var rng = new Xoshiro256(2026);
        int killedMidRun = 0;
        for (int attempt = 0; attempt < 4; attempt++)
        {
            string folder = Path.Combine(_root, $"cut{attempt}");
            double delay = rng.NextDouble(0.4, 2.0);
            using (Process process = WannProcess.Start("run", config, "--out", folder, "--threads", "2", "--checkpoint-every", "1"))
            {
                bool finished = process.WaitForExit(TimeSpan.FromSeconds(delay));
                if (!finished)
                {
                    process.Kill(entireProcessTree: true); // SIGKILL: no chance to clean up
                    process.WaitForExit();
                    killedMidRun++;
                }
            }

            // Whatever moment the kill hit, the folder's files are readable: every one is written atomically.
            if (File.Exists(Path.Combine(folder, "checkpoint.json")))
            {
                _ = CheckpointFile.Read(Path.Combine(folder, "checkpoint.json"));
                var (code, output) = WannProcess.Run("resume", folder, "--threads", "1");
                Assert.True(code == 0 || (code == 2 && output.Contains("the run is complete", StringComparison.Ordinal)), output);
            }
            else
            {
                // Killed before the first checkpoint: nothing to resume, so the run starts again.
                Assert.Equal(0, WannProcess.Run("run", config, "--out", folder, "--threads", "1").ExitCode);
            }

            foreach (string file in new[] { "champion.json", "metrics.csv", "bests.jsonl" })
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(reference, file)).SequenceEqual(File.ReadAllBytes(Path.Combine(folder, file))),
                    $"attempt {attempt} (killed after {delay:F2} s): {file} differs from the uninterrupted run");
            }
        }

        Assert.True(killedMidRun >= 2, $"only {killedMidRun} of 4 kills hit a running process");
    }

    [Fact]
    public void Ctrl_c_stops_after_the_generation_with_a_checkpoint_and_exit_130()
    {
        string config = Path.Combine(_root, "long.json");
        File.WriteAllText(config, SmallConfig.Replace("\"generations\": 40", "\"generations\": 5000", StringComparison.Ordinal));
        string folder = Path.Combine(_root, "interrupted");
        using Process process = WannProcess.Start("run", config, "--out", folder, "--checkpoint-every", "0");
        Thread.Sleep(2500);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            kill.WaitForExit();
        }

        Assert.True(process.WaitForExit(TimeSpan.FromSeconds(60)), "wann did not stop after SIGINT");
        Assert.Equal(130, process.ExitCode);
        Checkpoint checkpoint = CheckpointFile.Read(Path.Combine(folder, "checkpoint.json"));
        Assert.InRange(checkpoint.State.Generation, 1, 4999);
        Assert.Equal(checkpoint.State.Generation + 1, File.ReadAllLines(Path.Combine(folder, "metrics.csv")).Length);

        var (code, output) = WannProcess.Run("resume", folder, "--generations", (checkpoint.State.Generation + 2).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(code == 0, output);
        Assert.Equal(checkpoint.State.Generation + 3, File.ReadAllLines(Path.Combine(folder, "metrics.csv")).Length);
    }

    [Fact]
    public void A_second_writer_is_refused_while_a_run_holds_its_folder_and_a_killed_run_leaves_no_stale_lock()
    {
        string config = Path.Combine(_root, "held.json");
        File.WriteAllText(config, SmallConfig.Replace("\"generations\": 40", "\"generations\": 5000", StringComparison.Ordinal));
        string folder = Path.Combine(_root, "held");
        using (Process process = WannProcess.Start("run", config, "--out", folder, "--checkpoint-every", "1", "--threads", "1"))
        {
            var clock = Stopwatch.StartNew();
            while (!File.Exists(Path.Combine(folder, "checkpoint.json")) && clock.Elapsed < TimeSpan.FromSeconds(60))
            {
                Thread.Sleep(100);
            }

            var (code, output) = WannProcess.Run("resume", folder, "--generations", "6000");
            Assert.Equal(1, code);
            Assert.Contains("is being written by another wann process", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
            process.Kill(entireProcessTree: true); // SIGKILL: the lock goes with the process
            process.WaitForExit();
        }

        Checkpoint checkpoint = CheckpointFile.Read(Path.Combine(folder, "checkpoint.json"));
        var (resumed, log) = WannProcess.Run("resume", folder, "--generations", (checkpoint.State.Generation + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(resumed == 0, log);
    }

    [Fact]
    public void Resume_refuses_overrides_that_rewrite_the_past()
    {
        string config = Path.Combine(_root, "short.json");
        File.WriteAllText(config, SmallConfig.Replace("\"generations\": 40", "\"generations\": 3", StringComparison.Ordinal));
        string folder = Path.Combine(_root, "short");
        Assert.Equal(0, WannProcess.Run("run", config, "--out", folder).ExitCode);

        var (code, output) = WannProcess.Run("resume", folder, "--seed", "5");
        Assert.Equal(2, code);
        Assert.Contains("would rewrite the generations already run", output, StringComparison.Ordinal);

        (code, output) = WannProcess.Run("resume", folder, "--generations", "2");
        Assert.Equal(2, code);
        Assert.Contains("it can only grow", output, StringComparison.Ordinal);

        (code, output) = WannProcess.Run("resume", Path.Combine(_root, "nowhere"));
        Assert.Equal(2, code);
        Assert.Contains("no such run folder", output, StringComparison.Ordinal);
    }
}
