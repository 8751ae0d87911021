using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;
using Wann.Files;

namespace Wann.Tuning.Tests;

/// <summary>The tuner's selection episodes (the result is the best offsets scored there) and its L2 penalty on the offsets.</summary>
public sealed class SelectionTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wann-reference-swingup-champion.out");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wann-tune-select-" + Guid.NewGuid().ToString("N"));

    public SelectionTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static GenomeDocument Champion() => GenomeSource.Load(Fixture, "swingup");

    private static TuneSettings Selecting(int threads, int generations = 4) =>
        new("cma", generations, Population: 8, Seed: 11, Episodes: 4, Sigma: 0.3, Threads: threads, StartWeight: 1.0, ValidationEpisodes: 0, SelectEpisodes: 6, SelectCandidates: 3);

    private static double[] Weights(TuneResult r) => [.. r.Document.Genome.Connections.Where(c => c.Enabled).Select(c => c.Weight)];

    private static ulong[] SelectionSeeds(ulong seed, int count) => [.. Enumerable.Range(0, count).Select(i => SeedMixer.Mix(seed, 5, (ulong)i))];

    [Fact]
    public void The_result_is_the_best_offsets_on_the_selection_episodes_and_no_worse_there_than_the_final_mean()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        TuneSettings settings = Selecting(2);
        TuneResult selected = new WeightTuner(doc, task, settings).Run(null);
        TuneResult plain = new WeightTuner(doc, task, settings with { SelectEpisodes = 0 }).Run(null);

        // Selection does not steer the search: both tunes walk the same path, only the result differs.
        Assert.Equal(plain.History.Select(g => g.MeanScore), selected.History.Select(g => g.MeanScore));
        Assert.All(selected.History, g => Assert.NotNull(g.SelectedScore));
        Assert.All(plain.History, g => Assert.Null(g.SelectedScore));

        // The recorded selection score is what the written weights score on the selection episodes, and it is at least the
        // final mean's there (the mean of every generation competed).
        var scorer = new CandidateScorer(doc.Genome, task, 2);
        ulong[] seeds = SelectionSeeds(11, 6);
        double written = scorer.Score(Weights(selected), seeds)[0];
        double finalMean = scorer.Score(Weights(plain), seeds)[0];
        Assert.Equal(written, selected.Document.Scores["tuneSelectScore"]);
        Assert.Equal(written, selected.History[^1].SelectedScore);
        Assert.True(written >= finalMean, $"selected {written:F2}, final mean {finalMean:F2}");
        Assert.Equal(6.0, selected.Document.Scores["tuneSelectEpisodes"]);
        Assert.False(plain.Document.Scores.ContainsKey("tuneSelectScore"));

        // The selection score never falls from one generation to the next.
        for (int g = 1; g < selected.History.Count; g++)
        {
            Assert.True(selected.History[g].SelectedScore >= selected.History[g - 1].SelectedScore);
        }
    }

    [Fact]
    public void A_selecting_tune_does_not_depend_on_threads_and_resumes_to_the_same_bytes()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        string straightPath = Path.Combine(_folder, "a.checkpoint.json");
        TuneResult straight = new WeightTuner(doc, task, Selecting(2)).Run(straightPath);
        TuneResult single = new WeightTuner(doc, task, Selecting(1)).Run(null);
        Assert.Equal(GenomeFile.ToJson(straight.Document), GenomeFile.ToJson(single.Document));

        string checkpoint = Path.Combine(_folder, "b.checkpoint.json");
        using var stop = new CancellationTokenSource();
        TuneResult first = new WeightTuner(doc, task, Selecting(2)).Run(checkpoint, g =>
        {
            if (g.Generation == 2)
            {
                stop.Cancel();
            }
        }, stop.Token);
        Assert.False(first.Completed);
        TuneResult resumed = new WeightTuner(doc, task, Selecting(1)).Run(checkpoint);
        Assert.Equal(GenomeFile.ToJson(straight.Document), GenomeFile.ToJson(resumed.Document));
        Assert.Equal(straight.History, resumed.History);
        Assert.Equal(File.ReadAllBytes(straightPath), File.ReadAllBytes(checkpoint));

        // Selection settings are part of the checkpoint's identity.
        var e = Assert.Throws<InputFileException>(() => new WeightTuner(doc, task, Selecting(2, generations: 5) with { SelectEpisodes = 7 }).Run(checkpoint));
        Assert.Contains("select 7 episodes", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_weight_decay_keeps_the_offsets_smaller()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        var settings = new TuneSettings("cma", 6, Population: 8, Seed: 3, Episodes: 2, Sigma: 0.5, Threads: 2, StartWeight: 1.0, ValidationEpisodes: 0);
        static double Norm(TuneResult r) => Math.Sqrt(r.Document.Genome.Connections.Where(c => c.Enabled).Sum(c => (c.Weight - 1.0) * (c.Weight - 1.0)));
        double free = Norm(new WeightTuner(doc, task, settings).Run(null));

        // A penalty far above the score differences ranks candidates by their offset norm alone.
        double decayed = Norm(new WeightTuner(doc, task, settings with { WeightDecay = 100.0 }).Run(null));
        Assert.True(decayed < 0.75 * free, $"offset norm with decay {decayed:F3}, without {free:F3}");
    }

    [Fact]
    public void Restarts_repeat_the_search_with_new_noise_and_keep_the_best_on_the_selection_episodes()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        TuneResult one = new WeightTuner(doc, task, Selecting(2, generations: 3)).Run(null);
        string straightPath = Path.Combine(_folder, "r.checkpoint.json");
        TuneResult three = new WeightTuner(doc, task, Selecting(2, generations: 3) with { Restarts = 3 }).Run(straightPath);

        // The first search is the tune without restarts; the others start again from the start weight with other noise.
        Assert.Equal(9, three.History.Count);
        Assert.Equal(Enumerable.Range(1, 9), three.History.Select(g => g.Generation));
        Assert.Equal(one.History.Select(g => g.MeanScore), three.History.Take(3).Select(g => g.MeanScore));
        Assert.NotEqual(three.History[0].CandidateMean, three.History[3].CandidateMean); // new candidates and episodes
        Assert.True(three.History[^1].SelectedScore >= one.History[^1].SelectedScore);
        Assert.Equal(9.0, three.Document.Scores["tuneGenerations"]);

        // Thread count and a stop inside the second search change nothing.
        TuneResult single = new WeightTuner(doc, task, Selecting(1, generations: 3) with { Restarts = 3 }).Run(null);
        Assert.Equal(GenomeFile.ToJson(three.Document), GenomeFile.ToJson(single.Document));
        string checkpoint = Path.Combine(_folder, "s.checkpoint.json");
        using var stop = new CancellationTokenSource();
        TuneResult first = new WeightTuner(doc, task, Selecting(2, generations: 3) with { Restarts = 3 }).Run(checkpoint, g =>
        {
            if (g.Generation == 4)
            {
                stop.Cancel();
            }
        }, stop.Token);
        Assert.False(first.Completed);
        TuneResult resumed = new WeightTuner(doc, task, Selecting(1, generations: 3) with { Restarts = 3 }).Run(checkpoint);
        Assert.True(resumed.Completed);
        Assert.Equal(GenomeFile.ToJson(three.Document), GenomeFile.ToJson(resumed.Document));
        Assert.Equal(File.ReadAllBytes(straightPath), File.ReadAllBytes(checkpoint));
    }

    [Fact]
    public void Bad_selection_and_decay_settings_are_named()
    {
        Assert.Contains("select-episodes", (Selecting(1) with { SelectEpisodes = -1 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("select-candidates", (Selecting(1) with { SelectCandidates = -1 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("weight-decay", (Selecting(1) with { WeightDecay = -0.5 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("weight-decay", (Selecting(1) with { WeightDecay = double.NaN }).Problem(), StringComparison.Ordinal);
        Assert.Contains("restarts", (Selecting(1) with { Restarts = 0 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("select-episodes", (Selecting(1) with { Restarts = 2, SelectEpisodes = 0 }).Problem(), StringComparison.Ordinal);
        Assert.Null(Selecting(1).Problem());
        Assert.Null((Selecting(1) with { Restarts = 2 }).Problem());
    }
}
