using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Runs;
using Wann.Files;

namespace Wann.Core.Tests.Runs;

public sealed class EvolutionRunTests : IDisposable
{
    private static readonly ExperimentConfig Config = new()
    {
        Name = "run-test", Task = "cartpole", Seed = 5, Generations = 6, Population = 30, Reps = 2, ChampionReps = 3,
        TournamentSize = 4, CheckpointEvery = 2,
    };

    private readonly string _root = Directory.CreateTempSubdirectory("wann-run-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Observers_are_told_the_start_each_generation_and_the_stop_in_order()
    {
        using var evaluator = new LocalPopulationEvaluator(1);
        var run = new EvolutionRun(Config, evaluator);
        var calls = new List<string>();
        run.Observers.Add(new Recorder(calls, "a"));
        run.Observers.Add(new Recorder(calls, "b"));
        RunStopped stopped = await run.RunAsync();
        Assert.True(stopped.Completed);
        Assert.Equal(6, stopped.State.Generation);
        Assert.Equal(2 + (6 * 2) + 2, calls.Count);
        Assert.Equal(["a:start", "b:start", "a:0", "b:0", "a:1"], calls.Take(5));
        Assert.Equal(["a:stop", "b:stop"], calls.TakeLast(2));
    }

    [Fact]
    public async Task A_recorded_run_stopped_and_resumed_writes_the_same_files_as_an_uninterrupted_one()
    {
        using var evaluator = new LocalPopulationEvaluator(2);
        RunFolder whole = await RunUninterrupted(evaluator, "whole");

        var cut = new RunFolder(Path.Combine(_root, "cut"));
        EvolutionRun first = EvolutionRun.InFolder(Config, evaluator, cut, log: null);
        using var cancel = new CancellationTokenSource();
        first.Observers.Add(new CancelAfter(3, cancel));
        RunStopped stopped = await first.RunAsync(cancel.Token);
        Assert.False(stopped.Completed);
        Assert.Equal(3, stopped.State.Generation);
        Assert.Equal(4, File.ReadAllLines(cut.MetricsPath).Length);

        first.Dispose();
        var reopened = new RunFolder(cut.Path);
        using (EvolutionRun resumed = EvolutionRun.ResumeFolder(reopened, evaluator, c => c.Config, log: null))
        {
            await resumed.RunAsync();
        }

        AssertSameFiles(whole, cut, "metrics.csv", "champion.json", "checkpoint.json", "bests.jsonl");

        Assert.Equal(6, MetricsCsv.Read(cut.MetricsPath).Count);
    }

    [Fact]
    public async Task A_run_cancelled_before_its_first_generation_stops_with_a_checkpoint_and_resumes_to_the_same_files()
    {
        // Ctrl+C while a run is still starting (wann run used to end this in "internal error: No generation was run").
        using var evaluator = new LocalPopulationEvaluator(2);
        RunFolder whole = await RunUninterrupted(evaluator, "whole0");

        var cut = new RunFolder(Path.Combine(_root, "cut0"));
        RunStopped stopped;
        using (EvolutionRun first = EvolutionRun.InFolder(Config, evaluator, cut, log: null))
        {
            stopped = await first.RunAsync(new CancellationToken(canceled: true));
        }

        Assert.False(stopped.HasChampion);
        Assert.False(stopped.Completed);
        Assert.Equal(0, stopped.State.Generation);
        Assert.Throws<InvalidOperationException>(() => stopped.Champion);
        Assert.True(File.Exists(cut.CheckpointPath));
        using (EvolutionRun resumed = EvolutionRun.ResumeFolder(new RunFolder(cut.Path), evaluator, c => c.Config, log: null))
        {
            Assert.True((await resumed.RunAsync()).HasChampion);
        }

        AssertSameFiles(whole, cut, "champion.json", "metrics.csv", "checkpoint.json");
    }

    [Fact]
    public async Task A_finished_run_extended_with_more_generations_matches_a_longer_run()
    {
        using var evaluator = new LocalPopulationEvaluator(2);
        RunFolder whole = await RunUninterrupted(evaluator, "long");

        var shortRun = new RunFolder(Path.Combine(_root, "short"));
        using (EvolutionRun run = EvolutionRun.InFolder(Config with { Generations = 3 }, evaluator, shortRun, log: null))
        {
            Assert.True((await run.RunAsync()).Completed);
        }

        using (EvolutionRun more = EvolutionRun.ResumeFolder(new RunFolder(shortRun.Path), evaluator, c => c.Config with { Generations = 6 }, log: null))
        {
            await more.RunAsync();
        }

        AssertSameFiles(whole, shortRun, "metrics.csv", "champion.json", "bests.jsonl");
    }

    [Fact]
    public async Task A_hand_edited_checkpoint_is_refused_unless_accepted()
    {
        using var evaluator = new LocalPopulationEvaluator(1);
        var folder = new RunFolder(Path.Combine(_root, "edited"));
        using (EvolutionRun run = EvolutionRun.InFolder(Config with { Generations = 2 }, evaluator, folder, log: null))
        {
            await run.RunAsync();
        }

        string text = File.ReadAllText(folder.CheckpointPath);
        Assert.Matches("\"sha256\":\"[0-9a-f]{64}\"}\n$", text);
        Assert.False(CheckpointFile.Read(folder.CheckpointPath).Edited);

        // A fake champion: the kind of edit the seal exists to catch.
        File.WriteAllText(folder.CheckpointPath, text.Replace("\"validatedMean\":", "\"validatedMean\":1e300,\"was\":", StringComparison.Ordinal));
        var e = Assert.Throws<InputFileException>(() => EvolutionRun.ResumeFolder(new RunFolder(folder.Path), evaluator, c => c.Config with { Generations = 3 }, log: null));
        Assert.Contains("was changed after wann wrote it", e.Message, StringComparison.Ordinal);

        // Removing the seal does not help: version 2 checkpoints must carry one.
        File.WriteAllText(folder.CheckpointPath, System.Text.RegularExpressions.Regex.Replace(text, ",\"sha256\":\"[0-9a-f]{64}\"}\n$", "}\n"));
        Assert.Throws<InputFileException>(() => CheckpointFile.Read(folder.CheckpointPath));
        Assert.True(CheckpointFile.Read(folder.CheckpointPath, acceptEdited: true).Edited);

        File.WriteAllText(folder.CheckpointPath, text);
        using EvolutionRun resumed = EvolutionRun.ResumeFolder(new RunFolder(folder.Path), evaluator, c => c.Config with { Generations = 3 }, log: null);
        Assert.Equal(3, (await resumed.RunAsync()).State.Generation);
    }

    [Fact]
    public void A_folder_that_holds_a_run_is_refused()
    {
        using var evaluator = new LocalPopulationEvaluator(1);
        var folder = new RunFolder(Path.Combine(_root, "taken"));
        File.WriteAllText(folder.CheckpointPath, "{}");
        var e = Assert.Throws<InputFileException>(() => EvolutionRun.InFolder(Config, evaluator, folder, log: null));
        Assert.Contains("already holds a run", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_run_folder_has_one_writer_at_a_time()
    {
        using var evaluator = new LocalPopulationEvaluator(1);
        var folder = new RunFolder(Path.Combine(_root, "locked"));
        using (EvolutionRun run = EvolutionRun.InFolder(Config with { Generations = 2 }, evaluator, folder, log: null))
        {
            await run.RunAsync();
            var busy = Assert.Throws<RunFolderBusyException>(() => EvolutionRun.ResumeFolder(new RunFolder(folder.Path), evaluator, c => c.Config with { Generations = 3 }, log: null));
            Assert.Contains("being written by another wann process", busy.Message, StringComparison.Ordinal);
            Assert.Contains(folder.Path, busy.Message, StringComparison.Ordinal);
        }

        // Released with its run: the next writer takes it.
        using (EvolutionRun next = EvolutionRun.ResumeFolder(new RunFolder(folder.Path), evaluator, c => c.Config with { Generations = 3 }, log: null))
        {
            Assert.Equal(3, (await next.RunAsync()).State.Generation);
        }

        Assert.Contains($"pid {Environment.ProcessId}", File.ReadAllText(Path.Combine(folder.Path, RunFolderLock.FileName)), StringComparison.Ordinal);
    }

    /// <summary>Runs the test config to its end in a fresh folder: the reference an interrupted run must match.</summary>
    private async Task<RunFolder> RunUninterrupted(LocalPopulationEvaluator evaluator, string name)
    {
        var folder = new RunFolder(Path.Combine(_root, name));
        using (EvolutionRun run = EvolutionRun.InFolder(Config, evaluator, folder, log: null))
        {
            await run.RunAsync();
        }

        return folder;
    }

    private static void AssertSameFiles(RunFolder expected, RunFolder actual, params string[] files)
    {
        foreach (string file in files)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(expected.Path, file)), File.ReadAllBytes(Path.Combine(actual.Path, file)));
        }
    }

    private sealed class Recorder(List<string> calls, string name) : IRunObserver
    {
        public ValueTask OnStartedAsync(RunStarted started)
        {
            calls.Add($"{name}:start");
            return ValueTask.CompletedTask;
        }

        public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
        {
            calls.Add($"{name}:{outcome.Report.Generation}");
            return ValueTask.CompletedTask;
        }

        public ValueTask OnStoppedAsync(RunStopped stopped)
        {
            calls.Add($"{name}:stop");
            return ValueTask.CompletedTask;
        }
    }

    private sealed class CancelAfter(int generations, CancellationTokenSource cancel) : IRunObserver
    {
        public ValueTask OnGenerationAsync(GenerationOutcome outcome, EvolutionState state)
        {
            if (state.Generation >= generations)
            {
                cancel.Cancel();
            }

            return ValueTask.CompletedTask;
        }
    }
}
