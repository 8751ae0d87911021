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
    public void The_registry_builds_it_from_the_config()
    {
        IRankingStrategy strategy = RankingStrategies.Create(new ExperimentConfig { Ranking = Nsga2DiversityRanking.StrategyName });
        Assert.Equal("nsga2-diversity", strategy.Name);
    }
}
