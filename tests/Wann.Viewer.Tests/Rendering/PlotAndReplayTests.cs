using System.Text.RegularExpressions;
using SkiaSharp;
using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Viewer.Plots;
using Wann.Viewer.Rendering;
using Wann.Viewer.Replay;
using Wann.Files;

namespace Wann.Viewer.Tests.Rendering;

public sealed class PlotAndReplayTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-viewer").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Plots_of_a_run_folder_are_written_as_png_and_svg()
    {
        var rows = Enumerable.Range(0, 5).Select(g => $"{g},{(g + 1) * 100},{100 + g},{90 + g},{80 + g},{200 + g},{3 + g},4,7,{95 + g},{3 + g},{g},max");
        File.WriteAllLines(Path.Combine(_root, "metrics.csv"), [MetricsCsv.Header, .. rows]);
        IReadOnlyList<string> files = RunPlots.Write(_root, Path.Combine(_root, "plots"));
        Assert.Equal(4, files.Count);
        using SKBitmap png = SKBitmap.Decode(files.First(f => f.EndsWith("fitness.png", StringComparison.Ordinal)));
        Assert.Equal((900, 500), (png.Width, png.Height));
        Assert.Contains("<svg", File.ReadAllText(files.First(f => f.EndsWith("fitness.svg", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Path.Combine(_root, "plots"), ".*")); // no temporary files left
    }

    [Fact]
    public void A_missing_metrics_file_is_a_clear_error()
    {
        var e = Assert.Throws<InputFileException>(() => RunPlots.Write(_root, _root));
        Assert.Contains("metrics.csv: no metrics here", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_recorded_episode_matches_the_evaluator_and_its_page_carries_every_state()
    {
        var task = (ControlTask)TaskRegistry.Get("swingup");
        var champion = BenchmarkGenomes.PaperSwingUpChampion();
        EpisodeRecording recording = EpisodeRecorder.Record(champion, task, 1.0, seed: 42);

        // The same episode through the evaluation path gives the same score, bit for bit.
        var scores = new double[1];
        var evaluator = new GenomeEvaluator();
        var network = evaluator.NetworkFor(1);
        network.LoadShared(champion.Program, [1.0]);
        evaluator.RunnerFor(task, 1).Run(network, [42UL], scores);
        Assert.Equal(scores[0], recording.Score);
        Assert.Equal(1001, recording.States.Count); // the start and 1000 steps
        Assert.Equal(["x", "x_dot", "theta", "theta_dot"], recording.StateNames);

        string html = ReplayPage.Render(recording, "test");
        Assert.Contains("<canvas id=\"scene\"", html, StringComparison.Ordinal);
        Match states = Regex.Match(html, "\"states\":\\[(.*?)\\]\\],");
        Assert.True(states.Success);
        Assert.Equal(1001, Regex.Matches(states.Groups[1].Value + "]", @"\[[^\[\]]*\]").Count);
    }

    [Fact]
    public void A_recorded_race_matches_the_evaluator_and_its_picture_decodes()
    {
        var task = (ControlTask)TaskRegistry.Get("carracing");
        var genome = BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount);
        RaceRecording race = RaceRecorder.Record(genome, task, 0.5, seed: 9);

        var scores = new double[1];
        var evaluator = new GenomeEvaluator();
        var network = evaluator.NetworkFor(1);
        network.LoadShared(genome.Program, [0.5]);
        evaluator.RunnerFor(task, 1).Run(network, [9UL], scores);
        Assert.Equal(scores[0], race.Score);
        Assert.Equal(race.Frames + 1, race.Path.Count);
        Assert.Equal(race.Track.TileCount, race.Visited.Length);
        Assert.Contains(true, race.Visited); // the start tiles at least

        byte[] png = TrackPicture.Render(race, 300);
        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(300, bitmap.Width);
        Assert.Equal(300, bitmap.Height);
    }
}
