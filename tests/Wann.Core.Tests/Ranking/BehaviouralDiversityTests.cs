using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Ranking;

namespace Wann.Core.Tests.Ranking;

public class BehaviouralDiversityTests
{
    private static GenomeFitness Profile(double mean, params double[] perWeight) => new(mean, perWeight.Max(), perWeight, 5, 0);

    [Fact]
    public void Diversity_is_the_mean_distance_to_the_k_nearest_profiles()
    {
        GenomeFitness[] fitness = [Profile(0, 0, 0), Profile(0, 3, 4), Profile(0, 6, 8), Profile(0, 0, 0)];
        Assert.Equal([0.0, 5.0, 5.0, 0.0], BehaviouralDiversity.Of(fitness, 1));
        Assert.Equal([2.5, 5.0, 7.5, 2.5], BehaviouralDiversity.Of(fitness, 2));
        // k beyond n − 1 uses everyone else.
        Assert.Equal(BehaviouralDiversity.Of(fitness, 3), BehaviouralDiversity.Of(fitness, 99));
        Assert.Equal([0.0], BehaviouralDiversity.Of([Profile(1, 1, 1)], 15));
    }

    [Fact]
    public void A_genome_that_behaves_unlike_the_rest_reaches_the_first_front_despite_a_low_mean()
    {
        GenomeFitness[] fitness = [Profile(100, 100, 100), Profile(99, 99, 99), Profile(98, 98, 98), Profile(50, -300, 400)];
        RankedGeneration plain = new Nsga2Ranking(1.0, CrowdingNormalization.Range, ComplexityObjective.Connections).Rank(fitness, 1, 0);
        RankedGeneration diverse = new Nsga2DiversityRanking(1.0, CrowdingNormalization.Range, ComplexityObjective.Connections, new DiversitySettings { Neighbours = 1 }).Rank(fitness, 1, 0);
        Assert.Equal([0, 1, 2, 3], plain.Order);
        Assert.Equal([0, 3, 1, 2], diverse.Order);
        Assert.Equal("connections+diversity", diverse.RankedBy);
        Assert.Equal("max+diversity", new Nsga2DiversityRanking(0.0, CrowdingNormalization.Range, ComplexityObjective.Connections, new DiversitySettings()).Rank(fitness, 1, 0).RankedBy);
    }

    [Fact]
    public void Diversity_orders_each_front_of_the_mean_and_max_and_decides_nothing_across_fronts()
    {
        // (mean, max) fronts: {A, B, C} (C trades mean for max), then D (below A and B on both), then E (below D).
        // Nearest-profile distances: A and B 1 (each other's), C 40.3 (B), D 8.5 (A), E 80.1 (C).
        GenomeFitness[] fitness =
        [
            new(10, 20, [10.0, 10.0], 5, 0),
            new(10, 20, [10.0, 11.0], 5, 0),
            new(5, 30, [0.0, 50.0], 5, 0),
            new(4, 10, [4.0, 4.0], 5, 0),
            new(3, 9, [-80.0, 46.0], 5, 0),
        ];
        var ranking = new Nsga2DiversityFrontsRanking(0.0, ComplexityObjective.Connections, new DiversitySettings { Neighbours = 1 });
        RankedGeneration ranked = ranking.Rank(fitness, 1, 0);

        // C leads its front on diversity; A and B tie and keep population order; E, the most diverse, stays last.
        Assert.Equal([2, 0, 1, 3, 4], ranked.Order);
        Assert.Equal("max+diversity-order", ranked.RankedBy);
        Assert.Equal("nsga2-diversity-fronts", RankingStrategies.Create(new ExperimentConfig { Ranking = Nsga2DiversityFrontsRanking.StrategyName }).Name);

        // As a third objective the same diversity lifts E into the first front.
        RankedGeneration third = new Nsga2DiversityRanking(0.0, CrowdingNormalization.Range, ComplexityObjective.Connections, new DiversitySettings { Neighbours = 1 }).Rank(fitness, 1, 0);
        Assert.True(Array.IndexOf(third.Order, 4) < Array.IndexOf(third.Order, 3), string.Join(", ", third.Order));
    }

    [Fact]
    public void The_registry_builds_it_from_the_config()
    {
        IRankingStrategy strategy = RankingStrategies.Create(new ExperimentConfig { Ranking = Nsga2DiversityRanking.StrategyName });
        Assert.Equal("nsga2-diversity", strategy.Name);
    }
}
