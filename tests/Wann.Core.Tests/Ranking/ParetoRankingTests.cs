using Wann.Core.Ranking;

namespace Wann.Core.Tests.Ranking;

public class ParetoRankingTests
{
    // A hand-built population, objectives (mean, 1/connections), both maximised:
    //   0: (10, 1/2)   1: (8, 1)   2: (5, 1/3)   3: (10, 1/3)   4: (9, 1/2)   5: (3, 1)   6: (7, 1/4)
    // Front 0: 0 (10, .5) and 1 (8, 1) dominate no-one of each other; 3 is dominated by 0; 4 by 0; 5 by 1.
    private static readonly double[][] Population =
    [
        [10, 0.5], [8, 1.0], [5, 1.0 / 3], [10, 1.0 / 3], [9, 0.5], [3, 1.0], [7, 0.25],
    ];

    [Fact]
    public void Fronts_are_found_by_dominance()
    {
        var fronts = ParetoRanking.NonDominatedFronts(Population);
        Assert.Equal(3, fronts.Count);
        Assert.Equal([0, 1], fronts[0]);
        Assert.Equal([3, 4, 5], fronts[1]);  // 3 (dominated only by 0), 4 (only by 0), 5 (only by 1)
        Assert.Equal([2, 6], fronts[2]);     // 2 is dominated by 3, 6 by 3 and 4
    }

    [Fact]
    public void Crowding_distance_is_infinite_at_the_ends_and_range_normalised_inside()
    {
        // Front 1 = {3 (10, 1/3), 4 (9, 1/2), 5 (3, 1)}. Member 4 is interior in both objectives:
        // mean: neighbours 3 and 10 over range 7 -> 1.0; 1/conn: neighbours 1/3 and 1 over range 2/3 -> 1.0. Total 2.0.
        double[] d = ParetoRanking.CrowdingDistances(Population, [3, 4, 5]);
        Assert.Equal(double.PositiveInfinity, d[0]);
        Assert.Equal(2.0, d[1], 1e-12);
        Assert.Equal(double.PositiveInfinity, d[2]);
    }

    [Fact]
    public void Reference_normalisation_reproduces_the_quirk()
    {
        // |1/max - min|: mean 10 and 3 -> |0.1 - 3| = 2.9, gap 7 -> 20.3; 1/conn max 1, min 1/3 -> 2/3, gap 2/3 -> 4/9.
        double[] d = ParetoRanking.CrowdingDistances(Population, [3, 4, 5], CrowdingNormalization.Reference);
        Assert.Equal((7 * 2.9) + (2.0 / 3 * 2.0 / 3), d[1], 1e-12);
    }

    [Fact]
    public void Rank_orders_fronts_then_crowding_with_index_as_tie_break()
    {
        int[] order = ParetoRanking.Rank(Population, CrowdingNormalization.Range, out int[] front, out double[] crowding);
        // Front 0: both ends -> infinite, index order. Front 1: 3 and 5 infinite (index order), then 4. Front 2: 2, 6.
        Assert.Equal([0, 1, 3, 5, 4, 2, 6], order);
        Assert.Equal([0, 0, 2, 1, 1, 1, 2], front);
        Assert.Equal(2.0, crowding[4], 1e-12);
    }

    [Fact]
    public void Interior_members_are_ordered_by_crowding()
    {
        // One front of five on a line: x + y = 10. Interior gaps: member at x=1 has neighbours 0 and 5, x=5 has 1 and 9, x=9 has 5 and 10.
        double[][] line = [[0, 10], [1, 9], [5, 5], [9, 1], [10, 0]];
        int[] order = ParetoRanking.Rank(line);
        Assert.Equal([0, 4, 2, 1, 3], order); // x=5 spans 8 on each axis (1.6), x=1 and x=9 span 5 (1.0 each)
    }

    [Fact]
    public void Nan_fitness_ranks_last()
    {
        double[][] pop = [[double.NaN, 0.5], [1.0, 0.5], [2.0, 0.25]]; // NaN counts as -inf: dominated by [1, 0.5]
        int[] order = ParetoRanking.Rank(pop);
        Assert.Equal(0, order[^1]);
    }

    [Fact]
    public void Dominance_needs_one_strict_improvement()
    {
        Assert.True(ParetoRanking.Dominates([2, 1], [1, 1]));
        Assert.False(ParetoRanking.Dominates([1, 1], [1, 1]));
        Assert.False(ParetoRanking.Dominates([2, 0], [1, 1]));
    }

    [Theory]
    [InlineData(ComplexityObjective.Connections, new[] { 0, 4, 3, 2, 1 })]
    [InlineData(ComplexityObjective.InverseConnections, new[] { 0, 4, 1, 3, 2 })]
    public void The_complexity_form_decides_which_sizes_the_crowding_distance_favours(ComplexityObjective form, int[] expected)
    {
        // One front: 1, 2, 3, 20 and 40 connections with means 100, 110, 300, 310, 600 (bigger is better, never dominated).
        // With -n (range 39): n=2 gets 200/500 + 2/39 = 0.45, n=3 gets 0.4 + 18/39 = 0.86, n=20 gets 0.6 + 37/39 = 1.55.
        // With 1/n (range 0.975): n=2 gets 0.4 + (1 - 1/3)/0.975 = 1.08, n=3 gets 0.4 + 0.45/0.975 = 0.86, n=20 gets 0.6 + 0.308/0.975 = 0.92:
        // the 2-connection network jumps ahead of the 20-connection one that fills the front's widest gap.
        int[] connections = [1, 2, 3, 20, 40];
        double[] means = [100, 110, 300, 310, 600];
        var objectives = new double[5][];
        for (int i = 0; i < 5; i++)
        {
            objectives[i] = [means[i], RankingObjectives.Complexity(form, connections[i])];
        }

        Assert.Equal(expected, ParetoRanking.Rank(objectives, CrowdingNormalization.Range));
    }

    [Fact]
    public void An_empty_network_counts_as_one_connection()
    {
        Assert.Equal(-1.0, RankingObjectives.Complexity(ComplexityObjective.Connections, 0));
        Assert.Equal(1.0, RankingObjectives.Complexity(ComplexityObjective.InverseConnections, 0));
        Assert.Equal(-7.0, RankingObjectives.Complexity(ComplexityObjective.Connections, 7));
        Assert.Equal(0.25, RankingObjectives.Complexity(ComplexityObjective.InverseConnections, 4));
    }
}
