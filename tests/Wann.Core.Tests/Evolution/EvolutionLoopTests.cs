using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Evolution;

public class EvolutionLoopTests
{
    private static readonly ExperimentConfig Small = new()
    {
        Name = "test",
        Task = "swingup",
        Seed = 7,
        Generations = 12,
        Population = 48,
        Reps = 2,
        TournamentSize = 4,
        ChampionReps = 5,
    };

    [Fact]
    public async Task Same_seed_gives_byte_identical_champion_with_one_or_two_threads()
    {
        string one = await RunChampionJson(Small, threads: 1);
        string two = await RunChampionJson(Small, threads: 2);
        Assert.Equal(one, two);

        string other = await RunChampionJson(Small with { Seed = 8 }, threads: 2);
        Assert.NotEqual(one, other);
    }

    [Fact]
    public async Task A_short_swingup_search_beats_the_initial_population_clearly()
    {
        // 30 generations of 64: generation 0's best networks (input -> output wiring only) validate at about
        // 170; a short search must find networks that swing the pole up for part of the episode (> 300).
        var config = Small with { Seed = 3, Generations = 30, Population = 64, Reps = 3, TournamentSize = 8, ChampionReps = 10 };
        using var evaluator = new LocalPopulationEvaluator(0);
        var loop = new EvolutionLoop(config, evaluator);
        var state = loop.CreateInitialState();
        double firstChampion = double.NaN;
        Champion champion = await loop.RunAsync(state, (outcome, _) =>
        {
            if (outcome.Report.Generation == 0)
            {
                firstChampion = outcome.Champion.ValidatedMean;
            }

            return ValueTask.CompletedTask;
        });

        Assert.True(champion.ValidatedMean > 300, $"champion validated mean {champion.ValidatedMean:F1}");
        Assert.True(champion.ValidatedMean > firstChampion + 100, $"from {firstChampion:F1} to {champion.ValidatedMean:F1}");
        Assert.Equal(30, state.Generation);
    }

    [Fact]
    public async Task Episodes_are_counted_and_elites_survive_unchanged()
    {
        using var evaluator = new LocalPopulationEvaluator(2);
        var loop = new EvolutionLoop(Small with { Generations = 2 }, evaluator);
        var state = loop.CreateInitialState();
        var first = state.Population;
        GenerationOutcome outcome = await loop.StepAsync(state);

        // 48 genomes x 6 weights x 2 reps, plus one validation of 6 weights x 5 reps.
        Assert.Equal((48 * 12) + 30, state.Episodes);
        Assert.Equal(1, state.Generation);

        // floor(0.2 * (48 - floor(0.2 * 48))) = floor(0.2 * 39) = 7 elites, copied as the same objects.
        int survivors = state.Population.Take(7).Count(g => first.Contains(g));
        Assert.Equal(7, survivors);
        Assert.Equal(48, state.Population.Length);
        Assert.Same(first.First(g => ReferenceEquals(g, outcome.Best)), outcome.Best);
    }

    private static async Task<string> RunChampionJson(ExperimentConfig config, int threads)
    {
        using var evaluator = new LocalPopulationEvaluator(threads);
        var loop = new EvolutionLoop(config, evaluator);
        var state = loop.CreateInitialState();
        Champion champion = await loop.RunAsync(state);
        return GenomeFile.ToJson(RunFolder.ChampionDocument(champion, config));
    }
}
