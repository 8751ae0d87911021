using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;

namespace Wann.Core.Tests.Speciation;

public class TopologySpeciationTests
{
    private static readonly TopologySpeciationSettings Defaults = new();

    // Two inputs (ids 1, 2), one output (3), hidden node 4; innovation = position in the list.
    private static Genome Net(ActivationFunction hidden, bool g0, bool g1, bool g2, bool g3, bool g4, double weight = 1.0) =>
        GenomeFactory.Build(2, 1, [(4, hidden)], [(0, 3, weight, g0), (1, 3, weight, g1), (2, 3, weight, g2), (1, 4, weight, g3), (4, 3, weight, g4)]);

    [Fact]
    public void Disjoint_genes_and_a_changed_activation_are_counted_and_disabled_genes_are_not()
    {
        Genome a = Net(ActivationFunction.Tanh, true, true, false, true, true); // enabled 0, 1, 3, 4
        Genome b = Net(ActivationFunction.Sin, true, false, true, true, true);  // enabled 0, 2, 3, 4
        // 1 and 2 are disjoint (both below the last shared innovation 4); node 4 differs: (1·0 + 1·2 + 0.5·1) / 1.
        Assert.Equal(2.5, TopologyDistance.Between(a, b, Defaults), 12);
        Assert.Equal(TopologyDistance.Between(a, b, Defaults), TopologyDistance.Between(b, a, Defaults));
        var weighted = new TopologySpeciationSettings { ExcessCoefficient = 2, DisjointCoefficient = 3, ActivationCoefficient = 4 };
        Assert.Equal(10.0, TopologyDistance.Between(a, b, weighted), 12);
    }

    [Fact]
    public void Genes_past_the_other_genomes_last_enabled_gene_are_excess()
    {
        Genome a = Net(ActivationFunction.Tanh, true, true, false, true, true);
        Genome c = Net(ActivationFunction.Tanh, true, true, false, false, false); // enabled 0, 1: 3 and 4 are excess
        var weighted = new TopologySpeciationSettings { ExcessCoefficient = 2, DisjointCoefficient = 3 };
        Assert.Equal(4.0, TopologyDistance.Between(a, c, weighted), 12);
    }

    [Fact]
    public void Weights_do_not_count_and_large_genomes_are_normalised_by_their_gene_count()
    {
        Genome a = Net(ActivationFunction.Tanh, true, true, false, true, true);
        Assert.Equal(0.0, TopologyDistance.Between(a, Net(ActivationFunction.Tanh, true, true, false, true, true, weight: 5.0), Defaults));

        // 25 enabled genes against 24 (the last disabled): one excess gene over N = 25.
        (int, int, double, bool)[] genes = [.. Enumerable.Range(0, 25).Select(i => (i, 25, 1.0, true))];
        Genome big = GenomeFactory.Build(24, 1, [], genes);
        genes[24] = (24, 25, 1.0, false);
        Genome smaller = GenomeFactory.Build(24, 1, [], genes);
        Assert.Equal(1.0 / 25, TopologyDistance.Between(big, smaller, Defaults), 12);
    }

    [Theory]
    [InlineData(3.0, 5, 8, 2.7)]
    [InlineData(3.0, 10, 8, 3.3)]
    [InlineData(3.0, 8, 8, 3.0)]
    [InlineData(0.3, 2, 8, 0.3)]
    [InlineData(3.0, 50, 0, 3.0)]
    public void The_threshold_steps_toward_the_target_count_and_never_below_one_step(double threshold, int count, int target, double expected)
    {
        double next = TopologySpeciation.NextThreshold(threshold, count, Defaults with { TargetSpecies = target });
        Assert.Equal(expected, next, 12);
    }

    [Fact]
    public void Assignment_keeps_known_species_founds_new_ones_and_moves_the_threshold()
    {
        Genome a = Net(ActivationFunction.Tanh, true, true, false, true, true);
        Genome near = Net(ActivationFunction.Sin, true, true, false, true, true); // δ = 0.5
        Genome far = Net(ActivationFunction.Tanh, false, false, true, false, false); // δ to a = 4 + 1 = 5
        var previous = new SpeciesSet(1.0, 7);
        previous.Restore(new Species(3, a, 100, 2));
        var born = new Dictionary<int, int> { [3] = 2 };

        SpeciesSet next = TopologySpeciation.Assign(previous, [far, a, near], Defaults with { TargetSpecies = 1, ThresholdStep = 0.25 }, 9, born);

        Assert.Equal([3, 7], next.All.Select(s => s.Id));
        Assert.Equal([1, 2], next.All[0].Members);
        Assert.Equal([0], next.All[1].Members);
        Assert.Equal(100, next.All[0].BestFitness);
        Assert.Equal(9, born[7]);
        Assert.Equal(8, next.NextId);
        Assert.Equal(1.25, next.Threshold, 12); // two species, target one
        Assert.Empty(previous.All[0].Members); // the previous set is not touched
    }

    [Fact]
    public void Shares_are_mean_rank_scores_boosted_when_young_and_zero_when_stagnant()
    {
        // Ranks of genomes 0..5 (0 best); scores n − r = 6, 5, 4, 3, 2, 1.
        int[] rankOf = [0, 1, 2, 3, 4, 5];
        var set = new SpeciesSet(3, 4);
        Genome g = Net(ActivationFunction.Tanh, true, true, true, true, true);
        var old = new Species(0, g, 0, 0); // holds the best, stagnant: kept
        old.Members.AddRange([0, 5]); // mean (6 + 1) / 2 = 3.5
        var young = new Species(1, g, 0, 18);
        young.Members.AddRange([1, 2]); // mean 4.5, × 1.5
        var stale = new Species(2, g, 0, 4);
        stale.Members.Add(3); // mean 3, stagnant since 4: nothing
        var steady = new Species(3, g, 0, 15);
        steady.Members.Add(4); // mean 2
        foreach (Species s in new[] { old, young, stale, steady })
        {
            set.Restore(s);
        }

        var born = new Dictionary<int, int> { [0] = 0, [1] = 15, [2] = 1, [3] = 2 };
        double[] shares = SpeciesOffspring.Shares(set, rankOf, Defaults, 20, born);
        Assert.Equal([3.5, 6.75, 0.0, 2.0], shares);
    }

    [Fact]
    public void Update_sorts_members_by_rank_and_records_improvement()
    {
        var set = new SpeciesSet(3, 1);
        var s = new Species(0, Net(ActivationFunction.Tanh, true, true, true, true, true), 50, 1);
        s.Members.AddRange([2, 0, 1]);
        set.Restore(s);
        SpeciesOffspring.Update(set, [2, 0, 1], [10.0, 60.0, 30.0], 6);
        Assert.Equal([1, 2, 0], s.Members);
        Assert.Equal(60, s.BestFitness);
        Assert.Equal(6, s.LastImproved);
        SpeciesOffspring.Update(set, [2, 0, 1], [10.0, 40.0, 30.0], 7);
        Assert.Equal(6, s.LastImproved);
    }

    [Fact]
    public void Allocation_is_largest_remainder_and_the_best_species_always_breeds()
    {
        Assert.Equal([3, 2, 5], SpeciesOffspring.Allocate([1.0, 1.0, 2.0], 10, -1));
        Assert.Equal([1, 4], SpeciesOffspring.Allocate([0.0, 1.0], 5, 0));
        Assert.Equal([0, 7, 0], SpeciesOffspring.Allocate([0.0, 1.0, 0.0], 7, -1));
        Assert.Throws<ArgumentException>(() => SpeciesOffspring.Allocate([0.0, 0.0], 5, 0));
    }

    [Fact]
    public void The_breeder_keeps_each_species_elites_and_fills_its_block_with_its_own_children()
    {
        Genome a = Net(ActivationFunction.Tanh, true, true, false, true, true);
        Genome b = Net(ActivationFunction.Tanh, false, false, true, false, false);
        Genome[] population = [.. Enumerable.Repeat(a, 10), .. Enumerable.Repeat(b, 5)];
        var set = new SpeciesSet(3, 2);
        var first = new Species(0, a, 0, 0);
        first.Members.AddRange(Enumerable.Range(0, 10));
        var second = new Species(1, b, 0, 0);
        second.Members.AddRange(Enumerable.Range(10, 5));
        set.Restore(first);
        set.Restore(second);
        var innovations = new InnovationTracker(5, 5);
        var mutator = new TopologyMutator(GenomeFactory.MutationWeightsOf(0, 0, 0, 1), [ActivationFunction.Sin]);
        var breeder = new SpeciatedBreeder(new SelectionSettings(0.2, 0.25, 4), mutator);

        Genome[] next = breeder.Breed(population, set, [6, 4], 1, 1, 3, 3, innovations);

        Assert.Equal(10, next.Length);
        // Species 0: pool 8, floor(0.25 · 8) = 2 elites; species 1 (the best's): pool 4, floor(1) = 1 elite.
        Assert.Same(a, next[0]);
        Assert.Same(a, next[1]);
        Assert.NotSame(a, next[2]);
        Assert.Same(b, next[6]);
        // Children mutate their own species' genomes: the hidden node of a becomes sin; b's children keep b's genes.
        Assert.All(next[2..6], c => Assert.Equal(a.Connections, c.Connections));
        Assert.All(next[7..], c => Assert.Equal(b.Connections, c.Connections));
    }
}
