using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Files;

namespace Wann.Tuning.Tests;

/// <summary>The tuner on the WANN reference's swing-up champion (52 weights), with small budgets.</summary>
public sealed class WeightTunerTests : IDisposable
{
    private static readonly string Fixture = Path.Combine(AppContext.BaseDirectory, "Fixtures", "wann-reference-swingup-champion.out");
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "wann-tune-tests-" + Guid.NewGuid().ToString("N"));

    public WeightTunerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static GenomeDocument Champion() => GenomeSource.Load(Fixture, "swingup");

    // No validation guard here: these tests are about the optimiser's path (the guard has its own tests below).
    private static TuneSettings Small(int threads, int generations = 3, string optimizer = "cma") =>
        new(optimizer, generations, Population: 8, Seed: 11, Episodes: 4, Sigma: 0.2, Threads: threads, StartWeight: 1.0, ValidationEpisodes: 0);

    private static string Bytes(TuneResult r) => GenomeFile.ToJson(r.Document);

    [Theory]
    [InlineData("cma")]
    [InlineData("pepg")]
    public void Result_does_not_depend_on_the_thread_count(string optimizer)
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        TuneResult one = new WeightTuner(doc, task, Small(1, optimizer: optimizer)).Run(null);
        TuneResult two = new WeightTuner(doc, task, Small(2, optimizer: optimizer)).Run(null);
        TuneResult four = new WeightTuner(doc, task, Small(4, optimizer: optimizer)).Run(null);
        Assert.Equal(Bytes(one), Bytes(two));
        Assert.Equal(Bytes(one), Bytes(four));
        Assert.Equal(one.History, two.History);

        // The weights did move away from the start weight.
        Assert.Contains(one.Document.Genome.Connections, c => c.Enabled && c.Weight != 1.0);
    }

    [Fact]
    public void A_tune_stopped_and_resumed_writes_the_same_genome()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        TuneResult straight = new WeightTuner(doc, task, Small(2, generations: 4)).Run(Path.Combine(_folder, "a.checkpoint.json"));

        string checkpoint = Path.Combine(_folder, "b.checkpoint.json");
        using var stop = new CancellationTokenSource();
        TuneResult first = new WeightTuner(doc, task, Small(2, generations: 4)).Run(checkpoint, g =>
        {
            if (g.Generation == 2)
            {
                stop.Cancel();
            }
        }, stop.Token);
        Assert.False(first.Completed);
        Assert.Equal(2, first.History.Count);

        // Resumed in a new tuner (as a new process would), with another thread count.
        TuneResult resumed = new WeightTuner(doc, task, Small(1, generations: 4)).Run(checkpoint);
        Assert.True(resumed.Completed);
        Assert.Equal(Bytes(straight), Bytes(resumed));
        Assert.Equal(straight.History, resumed.History);
        Assert.Equal(File.ReadAllBytes(Path.Combine(_folder, "a.checkpoint.json")), File.ReadAllBytes(checkpoint));
    }

    [Fact]
    public void A_checkpoint_made_with_other_settings_is_refused()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        string checkpoint = Path.Combine(_folder, "c.checkpoint.json");
        new WeightTuner(doc, task, Small(2, generations: 1)).Run(checkpoint);
        var e = Assert.Throws<InputFileException>(() => new WeightTuner(doc, task, Small(2, generations: 2) with { Seed = 12 }).Run(checkpoint));
        Assert.Contains("other settings", e.Message, StringComparison.Ordinal);
        Assert.Contains("seed 12", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_short_tune_improves_the_score_on_fresh_episodes()
    {
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        var settings = new TuneSettings("cma", 12, Population: 16, Seed: 3, Episodes: 8, Sigma: 0.1, Threads: 2, StartWeight: 1.0, ValidationEpisodes: 32);
        TuneResult result = new WeightTuner(doc, task, settings).Run(null);

        // The guard saw the improvement on its own held-out episodes and kept the tuned weights; the file records both scores.
        TuneValidation validation = Assert.IsType<TuneValidation>(result.Validation);
        Assert.True(validation.KeptTuned);
        Assert.Equal(32, validation.Episodes);
        Assert.True(validation.Tuned > validation.Start + 20, $"validation: tuned {validation.Tuned:F1}, start {validation.Start:F1}");
        Assert.Equal(validation.Tuned, result.Document.Scores["tuneValidationTuned"]);
        Assert.Equal(validation.Start, result.Document.Scores["tuneValidationStart"]);
        Assert.Equal(1.0, result.Document.Scores["tuneKeptTuned"]);

        // Held-out episodes (another seed stream than training's): the start (every weight 1) against the tuned weights.
        var scorer = new CandidateScorer(doc.Genome, task, 2);
        ulong[] fresh = [.. Enumerable.Range(0, 32).Select(i => Wann.Environments.Randomness.SeedMixer.Mix(999, (ulong)i))];
        var start = new double[scorer.Parameters];
        Array.Fill(start, 1.0);
        double[] tuned = [.. result.Document.Genome.Connections.Where(c => c.Enabled).Select(c => c.Weight)];
        double before = scorer.Score(start, fresh)[0];
        double after = scorer.Score(tuned, fresh)[0];
        Assert.InRange(before, 680, 720); // the fixture README: shared weight 1 scores 701.5 +- 6.7
        Assert.True(after > before + 20, $"before {before:F1}, after {after:F1}");
        Assert.Equal(1.0, result.StartWeight);
        Assert.Equal(1.0, result.Document.Scores["tuneStartWeight"]);
    }

    [Fact]
    public void The_guard_keeps_the_start_weight_when_the_tuned_weights_do_worse_on_held_out_episodes()
    {
        // One generation of four wild candidates (sigma 3) on a single episode: their recombination is far worse than the
        // shared weight 1 (701.5 +- 6.7 on the fixture), and the validation episodes show it.
        GenomeDocument doc = Champion();
        WannTask task = TaskRegistry.Get("swingup");
        var settings = new TuneSettings("cma", 1, Population: 4, Seed: 5, Episodes: 1, Sigma: 3.0, Threads: 2, StartWeight: 1.0, ValidationEpisodes: 24);
        TuneResult result = new WeightTuner(doc, task, settings).Run(null);

        TuneValidation validation = Assert.IsType<TuneValidation>(result.Validation);
        Assert.False(validation.KeptTuned);
        Assert.InRange(validation.Start, 680, 720);
        Assert.True(validation.Tuned < validation.Start, $"validation: tuned {validation.Tuned:F1}, start {validation.Start:F1}");
        Assert.All(result.Document.Genome.Connections.Where(c => c.Enabled), c => Assert.Equal(1.0, c.Weight));
        Assert.Equal(0.0, result.Document.Scores["tuneKeptTuned"]);
        Assert.Equal(validation.Tuned, result.Document.Scores["tuneValidationTuned"]);
        Assert.Equal(validation.Start, result.Document.Scores["tuneValidationStart"]);
        Assert.Equal(24.0, result.Document.Scores["tuneValidationEpisodes"]);

        // The verdict and both scores do not depend on the thread count either.
        TuneResult one = new WeightTuner(doc, task, settings with { Threads = 1 }).Run(null);
        Assert.Equal(Bytes(result), Bytes(one));

        // Without the guard the same tune writes its (worse) tuned weights and records no validation.
        TuneResult unguarded = new WeightTuner(doc, task, settings with { ValidationEpisodes = 0 }).Run(null);
        Assert.Null(unguarded.Validation);
        Assert.Contains(unguarded.Document.Genome.Connections, c => c.Enabled && c.Weight != 1.0);
        Assert.False(unguarded.Document.Scores.ContainsKey("tuneKeptTuned"));
    }

    [Fact]
    public void A_cancelled_tune_is_not_validated()
    {
        using var stop = new CancellationTokenSource();
        TuneSettings settings = Small(2, generations: 3) with { ValidationEpisodes = 8 };
        TuneResult partial = new WeightTuner(Champion(), TaskRegistry.Get("swingup"), settings).Run(null, _ => stop.Cancel(), stop.Token);
        Assert.False(partial.Completed);
        Assert.Null(partial.Validation);
    }

    [Fact]
    public void Without_recorded_means_the_start_weight_is_the_best_of_the_sweep()
    {
        // The fixture's README: 1 (701.5) and -1 (687.8) lead the set, -0.5 and 0.5 trail (521).
        var tuner = new WeightTuner(Champion(), TaskRegistry.Get("swingup"), Small(2) with { StartWeight = null });
        Assert.Contains(tuner.StartWeight(), new[] { 1.0, -1.0 });

        // A champion.json's validated means pick it without a sweep.
        GenomeDocument recorded = Champion() with { Scores = new Dictionary<string, double> { ["validatedMean[w=-2]"] = 600, ["validatedMean[w=0.5]"] = 733, ["validatedMean"] = 900 } };
        Assert.Equal(0.5, new WeightTuner(recorded, TaskRegistry.Get("swingup"), Small(2) with { StartWeight = null }).StartWeight());
    }

    [Fact]
    public void Bad_settings_are_named()
    {
        Assert.Contains("optimizer", Assert.Throws<ArgumentException>(() => new WeightTuner(Champion(), TaskRegistry.Get("swingup"), Small(1, optimizer: "sgd"))).Message, StringComparison.Ordinal);
        Assert.Contains("even", (Small(1, optimizer: "pepg") with { Population = 9 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("episodes", (Small(1) with { Episodes = 0 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("sigma", (Small(1) with { Sigma = -1 }).Problem(), StringComparison.Ordinal);
        Assert.Contains("validation-episodes", (Small(1) with { ValidationEpisodes = -1 }).Problem(), StringComparison.Ordinal);
        Assert.Null(Small(1).Problem());
    }
}
