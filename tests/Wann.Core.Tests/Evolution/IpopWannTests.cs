using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Restarts;

namespace Wann.Core.Tests.Evolution;

public class IpopWannTests
{
    // A stall of 2 generations on a tiny population: restarts happen within a few generations.
    private static readonly ExperimentConfig Small = new()
    {
        Name = "ipop", Task = "swingup", Mode = IpopWannAlgorithm.ModeName, Seed = 3, Generations = 14, Population = 16,
        Reps = 1, ChampionReps = 2, TournamentSize = 4, Restarts = new RestartSettings { StallGenerations = 2, Growth = 2, MaxGrowth = 3 },
    };

    [Fact]
    public async Task A_stalled_champion_restarts_the_search_with_a_larger_fresh_population_up_to_the_cap()
    {
        using var evaluator = new LocalPopulationEvaluator(2);
        var loop = new EvolutionLoop(Small, evaluator);
        EvolutionState state = loop.CreateInitialState();
        var sizes = new List<int>();
        var rankedBy = new List<string>();
        var hidden = new List<int>();
        await loop.RunAsync(state, (o, _) =>
        {
            sizes.Add(o.Population.Count);
            rankedBy.Add(o.Report.RankedBy);
            hidden.Add(o.Population.Sum(g => g.Nodes.Count(n => n.Kind == Wann.Core.Genomes.NodeKind.Hidden)));
            return ValueTask.CompletedTask;
        });

        Assert.Equal(16, sizes[0]);
        Assert.True(sizes.Contains(32) && sizes.Contains(48), string.Join(", ", sizes)); // 64 is capped at 3 x 16
        Assert.All(sizes, s => Assert.True(s <= 48));
        Assert.Equal(sizes.Order(), sizes); // never shrinks
        int restarts = rankedBy.Count(r => r.EndsWith("+restart", StringComparison.Ordinal));
        Assert.True(restarts >= 2, string.Join(", ", rankedBy));
        Assert.Equal(restarts, (int)state.AlgorithmState!["restarts"]!);

        // After a restart, the population is minimal again: no hidden nodes.
        int first = rankedBy.FindIndex(r => r.EndsWith("+restart", StringComparison.Ordinal));
        Assert.True(sizes[first + 1] > sizes[first]);
        Assert.True(hidden[first] > 0);
        Assert.Equal(0, hidden[first + 1]);
    }

    [Fact]
    public async Task A_champion_that_keeps_improving_never_triggers_a_restart()
    {
        ExperimentConfig config = Small with { Restarts = new RestartSettings { StallGenerations = 1000 } };
        using var evaluator = new LocalPopulationEvaluator(2);
        var loop = new EvolutionLoop(config, evaluator);
        EvolutionState state = loop.CreateInitialState();
        await loop.RunAsync(state);
        Assert.Equal(16, state.Population.Length);
        Assert.Equal(0, (int)state.AlgorithmState!["restarts"]!);
    }

    [Theory]
    [InlineData("nsga2", 3)]
    [InlineData("nsga2-diversity", 5)]
    public async Task Resuming_and_thread_count_give_the_same_run(string ranking, int cut)
    {
        ExperimentConfig config = Small with { Ranking = ranking };
        using var two = new LocalPopulationEvaluator(2);
        using var one = new LocalPopulationEvaluator(1);

        ResumeComparison run = await ResumeComparison.RunAsync(config, two, one, cut);
        Assert.Equal(config.Restarts, run.CheckpointConfig.Restarts);
        List<string> fullRows = run.FullRows;
        Assert.Equal(fullRows, run.ResumedRows);
        (string fullChampion, string resumedChampion) = run.ChampionFiles(config);
        Assert.Equal(fullChampion, resumedChampion);
        Assert.Equal(run.Full.AlgorithmState!.ToJsonString(), run.Resumed.AlgorithmState!.ToJsonString());
        Assert.Contains(fullRows, r => r.Contains("+restart", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Only_an_algorithm_registered_with_a_varying_population_may_resume_another_size()
    {
        // A grown IPOP population resumes; the same checkpoint read as a fixed-size mode's is refused as edited.
        using var evaluator = new LocalPopulationEvaluator(1);
        var loop = new EvolutionLoop(Small, evaluator);
        EvolutionState state = loop.CreateInitialState();
        var rows = new List<string>();
        while (state.Population.Length == Small.Population)
        {
            rows.Add(MetricsCsv.FormatRow((await loop.StepAsync(state)).Report));
        }

        string grown = CheckpointFile.ToJson(new Checkpoint(Small, state, rows));
        Assert.Equal(state.Population.Length, CheckpointFile.Parse(grown, "grown.json").State.Population.Length);
        string asWann = CheckpointFile.ToJson(new Checkpoint(Small with { Mode = SearchMode.Wann }, state, rows));
        var e = Assert.Throws<Wann.Files.InputFileException>(() => CheckpointFile.Parse(asWann, "grown-wann.json"));
        Assert.Contains($"$.population: found {state.Population.Length} genomes, expected {Small.Population} (the config's population)", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_restart_settings_load_and_are_written_only_when_changed()
    {
        ExperimentConfig config = ExperimentConfigLoader.Parse("""{ "mode": "wann-ipop", "restarts": { "stallGenerations": 64, "maxGrowth": 6 } }""", "x.json", "x");
        Assert.Equal(new RestartSettings { StallGenerations = 64, MaxGrowth = 6 }, config.Restarts);
        Assert.Contains("\"restarts\"", ExperimentConfigLoader.ToJson(config), StringComparison.Ordinal);
        Assert.DoesNotContain("\"restarts\"", ExperimentConfigLoader.ToJson(new ExperimentConfig()), StringComparison.Ordinal);
    }
}
