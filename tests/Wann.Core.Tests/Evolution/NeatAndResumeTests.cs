using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Evolution;

public class NeatAndResumeTests
{
    private static readonly ExperimentConfig Neat = new()
    {
        Name = "neat", Task = "swingup", Mode = SearchMode.Neat, Seed = 2, Generations = 25, Population = 100,
        Reps = 3, InitEnable = 1.0, ChampionReps = 5, HiddenActivations = ["tanh"],
    };

    [Fact]
    public async Task A_seeded_neat_search_learns_to_swing_up()
    {
        using var evaluator = new LocalPopulationEvaluator(0);
        var loop = new EvolutionLoop(Neat, evaluator);
        var state = loop.CreateInitialState();
        Champion champion = await loop.RunAsync(state);
        Assert.True(champion.ValidatedMean > 500, $"NEAT champion {champion.ValidatedMean:F1}");
        Assert.NotNull(state.Species);
        Assert.InRange(state.Species!.All.Count, 1, 40);
    }

    [Fact]
    public async Task A_small_seeded_neat_run_solves_cartpole()
    {
        var config = Neat with { Task = "cartpole", Seed = 4, Generations = 30, Population = 50, OutputActivation = "sigmoid", HiddenActivations = ["sigmoid"] };
        using var evaluator = new LocalPopulationEvaluator(0);
        var loop = new EvolutionLoop(config, evaluator);
        var state = loop.CreateInitialState();
        int solvedAt = -1;
        await loop.RunAsync(state, (o, _) =>
        {
            if (solvedAt < 0 && o.BestFitness.Mean >= 475)
            {
                solvedAt = o.Report.Generation;
            }

            return ValueTask.CompletedTask;
        });
        Assert.True(solvedAt >= 0, $"not solved in 30 generations; champion {state.Champion!.ValidatedMean:F1}");
        Assert.True(state.Champion!.ValidatedMean >= 475, $"champion validates at {state.Champion.ValidatedMean:F1}");
    }

    [Theory]
    [InlineData(SearchMode.Wann, 1)]
    [InlineData(SearchMode.Wann, 4)]
    [InlineData(SearchMode.Neat, 2)]
    [InlineData(SearchMode.Neat, 5)]
    public async Task Resuming_from_a_checkpoint_gives_the_same_champion_and_metrics(string mode, int cut)
    {
        var config = (mode == SearchMode.Neat ? Neat : new ExperimentConfig { Name = "wann", TournamentSize = 4, ChampionReps = 4 }) with
        {
            Seed = 9, Generations = 7, Population = 40, Reps = 2,
        };
        using var evaluator = new LocalPopulationEvaluator(2);

        // Through the file format, as a crash and `wann resume` would.
        ResumeComparison run = await ResumeComparison.RunAsync(config, evaluator, evaluator, cut);
        Assert.Equal(run.FullRows, run.ResumedRows);
        (string fullChampion, string resumedChampion) = run.ChampionFiles(config);
        Assert.Equal(fullChampion, resumedChampion);
    }
}
