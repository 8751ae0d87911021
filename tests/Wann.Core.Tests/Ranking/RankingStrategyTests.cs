using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Ranking;
using Wann.Files;

namespace Wann.Core.Tests.Ranking;

public class RankingStrategyTests
{
    // One front when ranked on (mean, complexity): 1, 2, 3, 20 and 40 connections with means 100, 110, 300, 310, 600.
    // Max rises with the mean, so on (mean, max) genome 4 dominates 3, which dominates 2, and so on.
    private static readonly GenomeFitness[] Front =
    [
        new(100, 101, [], 1, 0), new(110, 111, [], 2, 0), new(300, 301, [], 3, 0), new(310, 311, [], 20, 0), new(600, 601, [], 40, 0),
    ];

    [Fact]
    public void Nsga2_on_connections_favours_the_widest_gaps_in_size()
    {
        RankedGeneration r = new Nsga2Ranking(1.0, CrowdingNormalization.Range, ComplexityObjective.Connections).Rank(Front, 1, 0);
        Assert.Equal([0, 4, 3, 2, 1], r.Order); // see ParetoRankingTests: n=20 fills the widest gap
        Assert.Equal("connections", r.RankedBy);
    }

    [Fact]
    public void Nsga2_on_max_ranks_the_dominance_chain()
    {
        RankedGeneration r = new Nsga2Ranking(0.0, CrowdingNormalization.Range, ComplexityObjective.Connections).Rank(Front, 1, 0);
        Assert.Equal([4, 3, 2, 1, 0], r.Order);
        Assert.Equal("max", r.RankedBy);
    }

    [Fact]
    public void The_reference_variant_lets_reward_gaps_dominate_the_crowding_distance()
    {
        // Reference scale |1/max − min|: mean gaps ×99.998 (200, 200, 300), 1/n gaps ×0.975 (0.667, 0.45, 0.308):
        // genome 3 (29999.8) before 1 (20000.3) before 2 (20000.1). Range normalisation with 1/n gives [0, 4, 1, 3, 2].
        RankedGeneration r = new ReferenceRanking(1.0).Rank(Front, 1, 0);
        Assert.Equal([0, 4, 3, 1, 2], r.Order);
        Assert.Equal("connections", r.RankedBy);
    }

    [Fact]
    public void The_objective_choice_is_drawn_from_the_ranking_stream_of_each_generation()
    {
        var ranking = new Nsga2Ranking(0.5, CrowdingNormalization.Range, ComplexityObjective.Connections);
        string[] choices = [.. Enumerable.Range(0, 40).Select(g => ranking.Rank(Front, 7, g).RankedBy)];
        Assert.Contains("connections", choices);
        Assert.Contains("max", choices);
        Assert.Equal(choices, Enumerable.Range(0, 40).Select(g => ranking.Rank(Front, 7, g).RankedBy));
    }

    [Fact]
    public void Mean_ranking_sorts_by_mean_with_nan_last_and_index_ties()
    {
        GenomeFitness[] f = [new(3, 3, [], 1, 0), new(7, 7, [], 1, 0), new(7, 9, [], 1, 0), new(double.NaN, 0, [], 1, 0), new(9, 9, [], 1, 0)];
        RankedGeneration r = new MeanRanking().Rank(f, 1, 0);
        Assert.Equal([4, 1, 2, 0, 3], r.Order);
        Assert.Equal("mean", r.RankedBy);
    }

    [Fact]
    public void The_config_chooses_the_strategy_and_defaults_to_nsga2()
    {
        Assert.IsType<Nsga2Ranking>(RankingStrategies.Create(new ExperimentConfig()));
        Assert.IsType<ReferenceRanking>(RankingStrategies.Create(new ExperimentConfig { Ranking = "reference" }));
        ExperimentConfig c = ExperimentConfigLoader.Parse("""{ "ranking": "mean" }""", "r.json", "r");
        Assert.Equal("mean", c.Ranking);
        Assert.Contains("\"ranking\": \"mean\"", ExperimentConfigLoader.ToJson(c), StringComparison.Ordinal);
        Assert.DoesNotContain("ranking", ExperimentConfigLoader.ToJson(new ExperimentConfig()), StringComparison.Ordinal);
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse("""{ "ranking": "novelty" }""", "r.json", "r"));
        Assert.Contains("$.ranking: found \"novelty\", expected \"nsga2\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_duplicate_name_is_rejected_with_a_clear_message()
    {
        var e = Assert.Throws<ArgumentException>(() => RankingStrategies.Register("nsga2", "again", _ => new MeanRanking()));
        Assert.Contains("ranking strategy named 'nsga2' is already registered", e.Message, StringComparison.Ordinal);
    }
}
