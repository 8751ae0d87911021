using Wann.Core.Activation;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;
using Wann.Environments.Randomness;

namespace Wann.Core.Tests.Speciation;

public class NeatOperatorTests
{
    // Two inputs (1, 2), one output (3), hidden 4 and 5; genes chosen by innovation number.
    private static Genome Build(params (long Innovation, int Source, int Target, double Weight, bool Enabled)[] genes)
    {
        NodeGene[] nodes =
        [
            new(0, NodeKind.Bias, ActivationFunction.Linear), new(1, NodeKind.Input, ActivationFunction.Linear),
            new(2, NodeKind.Input, ActivationFunction.Linear), new(3, NodeKind.Output, ActivationFunction.Linear),
            new(4, NodeKind.Hidden, ActivationFunction.Tanh), new(5, NodeKind.Hidden, ActivationFunction.Tanh),
        ];
        return new Genome(2, 1, nodes, genes.Select(g => new ConnectionGene(g.Innovation, g.Source, g.Target, g.Weight, g.Enabled)));
    }

    private static readonly Genome A = Build((0, 1, 3, 1.0, true), (1, 2, 3, 2.0, true), (2, 1, 4, 0.3, true), (3, 4, 3, 0.7, true));

    private static readonly Genome B = Build((0, 1, 3, 0.5, true), (1, 2, 3, -1.0, false), (4, 2, 5, 0.1, true), (5, 5, 3, 0.9, true));

    [Fact]
    public void Compatibility_distance_counts_excess_disjoint_and_weight_difference()
    {
        // Matching 0, 1 (|1 - 0.5| + |2 - (-1)| = 3.5, mean 1.75); A's 2, 3 are disjoint (below B's largest, 5);
        // B's 4, 5 are excess (above A's largest, 3). N = 1 for genomes under 20 genes.
        Assert.Equal((1.0 * 2) + (1.0 * 2) + (0.4 * 1.75), CompatibilityDistance.Between(A, B, 1.0, 1.0, 0.4), 1e-12);
        Assert.Equal(CompatibilityDistance.Between(A, B, 1.0, 1.0, 0.4), CompatibilityDistance.Between(B, A, 1.0, 1.0, 0.4), 1e-12);
        Assert.Equal(0.0, CompatibilityDistance.Between(A, A, 1.0, 1.0, 0.4));
    }

    [Fact]
    public void Crossover_keeps_the_fitter_structure_and_mixes_matching_weights()
    {
        var seen0 = new HashSet<double>();
        int disabled1 = 0;
        const int trials = 2000;
        for (ulong s = 0; s < trials; s++)
        {
            var rng = new Xoshiro256(s);
            Genome child = Crossover.Cross(A, B, ref rng);
            Assert.Equal([0L, 1, 2, 3], child.Connections.Select(c => c.Innovation));     // A's genes only
            Assert.Equal(0.3, child.Connections[2].Weight);                              // disjoint: from the fitter
            Assert.Equal(0.7, child.Connections[3].Weight);
            seen0.Add(child.Connections[0].Weight);
            disabled1 += child.Connections[1].Enabled ? 0 : 1;
        }

        Assert.Equal(new HashSet<double> { 1.0, 0.5 }, seen0);                             // matching: either parent
        Assert.InRange(disabled1 / (double)trials, 0.72, 0.78);                            // disabled in B: 75% stay disabled
    }

    [Fact]
    public void Species_gather_close_genomes_and_the_threshold_steers_toward_the_target()
    {
        Genome nearA = A.WithConnections(A.Connections.Select(c => c with { Weight = c.Weight + 0.1 }));
        var set = new SpeciesSet(threshold: 1.0, nextId: 0);
        var settings = new NeatSettings { TargetSpecies = 1 };
        set.Assign([A, B, nearA], settings, generation: 0);
        Assert.Equal(2, set.All.Count);
        Assert.Equal([0, 2], set.All[0].Members);
        Assert.Equal([1], set.All[1].Members);
        Assert.Equal(1.3, set.Threshold, 1e-12); // two species, target one: the threshold rises by 0.3
    }

    [Fact]
    public void Weight_mutation_stays_within_the_cap_and_changes_every_weight()
    {
        var rng = new Xoshiro256(3);
        Genome mutated = WeightMutation.Apply(A, ref rng, perturb: 0.9, sigma: 10.0, cap: 2.0);
        Assert.All(mutated.Connections, c => Assert.InRange(c.Weight, -2.0, 2.0));
        Assert.All(mutated.Connections.Zip(A.Connections), p => Assert.NotEqual(p.Second.Weight, p.First.Weight));
    }

    [Fact]
    public void Neat_mutations_come_from_the_registry_in_neat_order_with_the_neat_chances()
    {
        var config = new ExperimentConfig { Mode = SearchMode.Neat, Neat = new NeatSettings { WeightMutation = 0.7, AddNode = 0.02, AddConnection = 0.04 } };
        var mutations = NeatMutations.Create(config);
        Assert.Equal(["weights", "addNode", "addConnection"], mutations.Select(m => m.Operator.Name));
        Assert.Equal([0.7, 0.02, 0.04], mutations.Select(m => m.Chance));
    }

    [Fact]
    public void The_neat_breeder_applies_an_operator_from_test_code_with_its_chance()
    {
        Genome nearA = A.WithConnections(A.Connections.Select(c => c with { Weight = c.Weight + 0.1 }));
        Genome[] population = [A, B, nearA];
        var settings = new NeatSettings { TargetSpecies = 0, Crossover = 0 };
        var species = new SpeciesSet(threshold: 1.0, nextId: 0);
        species.Assign(population, settings, generation: 0);
        GenomeFitness[] fitness = [.. population.Select((_, i) => new GenomeFitness(i, i, [i], 4, 1))];
        var always = new CountingOutputSwap();
        var never = new CountingOutputSwap();
        var breeder = new NeatBreeder(settings, [ActivationFunction.Tanh], [(always, 1.0), (never, 0.0)]);

        Genome[] next = breeder.Breed(population, fitness, species, 6, seed: 1, generation: 0, stream: 2, new InnovationTracker(6, 6));

        Assert.Equal(6, always.Calls);
        Assert.Equal(0, never.Calls);
        Assert.All(next, g => Assert.Equal(ActivationFunction.Gaussian, g.Nodes.Single(n => n.Kind == NodeKind.Output).Activation));
    }

    // A test-only operator: makes the output node Gaussian and counts its calls.
    private sealed class CountingOutputSwap : IMutationOperator
    {
        public int Calls { get; private set; }

        public string Name => "outputGaussian";

        public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context)
        {
            Calls++;
            NodeGene[] nodes = [.. parent.Nodes.Select(n => n.Kind == NodeKind.Output ? n with { Activation = ActivationFunction.Gaussian } : n)];
            return new Genome(parent.InputCount, parent.OutputCount, nodes, parent.Connections);
        }
    }
}
