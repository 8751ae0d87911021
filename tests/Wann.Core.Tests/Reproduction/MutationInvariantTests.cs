using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Tests.Reproduction;

public class MutationInvariantTests
{
    [Fact]
    public void Thousands_of_random_mutations_keep_every_invariant()
    {
        var innovations = new InnovationTracker(0, 8);
        var (nodes, candidates) = InitialPopulation.Skeleton(5, 2, ActivationFunction.Linear, innovations);
        var mutator = new TopologyMutator(MutationWeights.Default, ActivationFunctions.WannSet);
        var population = new List<Genome>();
        for (int i = 0; i < 20; i++)
        {
            var rng = new Xoshiro256((ulong)i);
            population.Add(InitialPopulation.Create(5, 2, nodes, candidates, 0.5, ref rng));
        }

        var kinds = new Dictionary<string, int>();
        int applied = 0;
        for (int generation = 0; generation < 150; generation++)
        {
            innovations.StartGeneration();
            for (int i = 0; i < population.Count; i++)
            {
                var rng = new Xoshiro256(SeedMixer.Mix(99, (ulong)generation, (ulong)i));
                Genome child = mutator.Mutate(population[i], ref rng, innovations, out IMutationOperator kind);
                kinds[kind.Name] = kinds.GetValueOrDefault(kind.Name) + 1;
                applied += ReferenceEquals(child, population[i]) ? 0 : 1;

                // The constructor already checked ids, targets, duplicates and acyclicity; check the rest.
                Assert.False(GenomeGraph.HasCycle(child));
                Assert.Equal(child.Connections.Count(c => c.Enabled), child.EnabledConnectionCount);
                Assert.Equal(child.EnabledConnectionCount, child.Program.ConnectionCount);
                foreach (ConnectionGene c in child.Connections)
                {
                    Assert.Equal(c.Innovation, innovations.ConnectionInnovations[(c.Source, c.Target)]);
                }

                foreach (NodeGene n in child.Nodes.Where(n => n.Kind == NodeKind.Hidden))
                {
                    Assert.Contains(n.Activation, ActivationFunctions.WannSet);
                }

                population[i] = child;
            }
        }

        Assert.Equal(3000, kinds.Values.Sum());
        Assert.InRange(kinds["changeActivation"], 1300, 1700); // 50% of 3000
        Assert.InRange(kinds["enableConnection"], 90, 220);    // 5%
        Assert.True(applied > 2500, $"only {applied} of 3000 mutations changed the genome");
        Assert.True(population.Max(g => g.HiddenNodeCount) > 20);
    }

    [Fact]
    public void The_same_split_in_one_generation_gets_the_same_node_id_and_innovations()
    {
        Genome parent = GenomeFactory.Build(1, 1, [], (1, 2));
        var innovations = new InnovationTracker(1, 3);
        innovations.Register(1, 2, 0);
        var rngA = new Xoshiro256(1);
        var rngB = new Xoshiro256(2);
        Genome a = AddNodeMutation.TryApply(parent, ref rngA, innovations, ActivationFunctions.WannSet)!;
        Genome b = AddNodeMutation.TryApply(parent, ref rngB, innovations, ActivationFunctions.WannSet)!;
        Assert.Equal(3, a.Nodes[^1].Id);
        Assert.Equal(a.Nodes[^1].Id, b.Nodes[^1].Id);
        Assert.Equal(a.Connections.Select(c => c.Innovation), b.Connections.Select(c => c.Innovation));

        innovations.StartGeneration();
        var rngC = new Xoshiro256(3);
        Genome c = AddNodeMutation.TryApply(parent, ref rngC, innovations, ActivationFunctions.WannSet)!;
        Assert.Equal(4, c.Nodes[^1].Id); // a new generation: a new node
    }

    [Fact]
    public void Add_node_disables_the_split_connection_and_keeps_its_weight_downstream()
    {
        Genome parent = GenomeFactory.Build(1, 1, [], [(1, 2, 0.7, true)]);
        var innovations = new InnovationTracker(1, 3);
        var rng = new Xoshiro256(5);
        Genome child = AddNodeMutation.TryApply(parent, ref rng, innovations, [ActivationFunction.Sin])!;

        Assert.False(child.Connections.Single(c => c.Source == 1 && c.Target == 2).Enabled);
        Assert.Equal(1.0, child.Connections.Single(c => c.Source == 1 && c.Target == 3).Weight);
        Assert.Equal(0.7, child.Connections.Single(c => c.Source == 3 && c.Target == 2).Weight);
        Assert.Equal(ActivationFunction.Sin, child.Nodes[^1].Activation);
        Assert.Equal(2, child.EnabledConnectionCount);
    }

    [Fact]
    public void Add_connection_only_joins_unconnected_nodes_forward()
    {
        // Inputs 1, 2; output 3; hidden 4 on 1 -> 4 -> 3. Every forward pair not yet joined: 0->3, 0->4, 2->3, 2->4.
        Genome parent = GenomeFactory.Build(2, 1, [(4, ActivationFunction.Tanh)], (1, 4), (4, 3), (1, 3));
        var seen = new HashSet<(int, int)>();
        for (ulong s = 0; s < 200; s++)
        {
            var rng = new Xoshiro256(s);
            Genome child = AddConnectionMutation.TryApply(parent, ref rng, new InnovationTracker(10, 5))!;
            ConnectionGene added = child.Connections.Single(c => !parent.Connections.Contains(c));
            seen.Add((added.Source, added.Target));
        }

        Assert.Equal(new HashSet<(int, int)> { (0, 3), (0, 4), (2, 3), (2, 4) }, seen);
    }

    [Fact]
    public void Operators_with_nothing_to_act_on_return_null()
    {
        Genome empty = GenomeFactory.Build(1, 1, []);
        var rng = new Xoshiro256(1);
        Assert.Null(AddNodeMutation.TryApply(empty, ref rng, new InnovationTracker(0, 3), ActivationFunctions.WannSet));
        Assert.Null(EnableConnectionMutation.TryApply(empty, ref rng));
        Assert.Null(ChangeActivationMutation.TryApply(empty, ref rng, ActivationFunctions.WannSet));

        Genome full = GenomeFactory.Build(1, 1, [], (0, 2), (1, 2));
        Assert.Null(AddConnectionMutation.TryApply(full, ref rng, new InnovationTracker(2, 3)));
    }

    [Fact]
    public void Initial_genomes_enable_each_candidate_with_the_given_probability()
    {
        var innovations = new InnovationTracker(0, 7);
        var (nodes, candidates) = InitialPopulation.Skeleton(5, 1, ActivationFunction.Linear, innovations);
        Assert.Equal(6, candidates.Length);
        int enabled = 0;
        for (ulong i = 0; i < 2000; i++)
        {
            var rng = new Xoshiro256(i);
            Genome g = InitialPopulation.Create(5, 1, nodes, candidates, 0.5, ref rng);
            Assert.Equal(0, g.HiddenNodeCount);
            Assert.Equal(6, g.Connections.Length); // unchosen candidates stay as disabled genes
            enabled += g.EnabledConnectionCount;
        }

        Assert.InRange(enabled / 12000.0, 0.48, 0.52);
    }
}
