using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Tests;

/// <summary>Hand-built genomes for tests.</summary>
internal static class GenomeFactory
{
    /// <summary>Bias, inputs and outputs (outputs linear), plus the given hidden nodes and connections (all enabled, weight 1 unless given).</summary>
    public static Genome Build(int inputs, int outputs, (int Id, ActivationFunction Activation)[] hidden, params (int Source, int Target)[] connections) =>
        Build(inputs, outputs, hidden, connections.Select(c => (c.Source, c.Target, 1.0, true)).ToArray());

    /// <summary>A genome grown from an initial one by <paramref name="mutations"/> random topological mutations.</summary>
    public static Genome Grown(InnovationTracker innovations, (NodeGene[] Nodes, ConnectionGene[] Candidates) skeleton, int inputs, int outputs, ref Xoshiro256 rng, int mutations, MutationWeights? probabilities = null, double initEnable = 0.5, bool recurrent = false)
    {
        var mutator = new TopologyMutator(probabilities ?? MutationWeights.Default, ActivationFunctions.WannSet);
        Genome g = InitialPopulation.Create(inputs, outputs, skeleton.Nodes, skeleton.Candidates, initEnable, ref rng, recurrent);
        for (int i = 0; i < mutations; i++)
        {
            innovations.StartGeneration();
            g = mutator.Mutate(g, ref rng, innovations, out _);
        }

        return g;
    }

    public static Genome Build(int inputs, int outputs, (int Id, ActivationFunction Activation)[] hidden, (int Source, int Target, double Weight, bool Enabled)[] connections)
    {
        var nodes = new List<NodeGene> { new(0, NodeKind.Bias, ActivationFunction.Linear) };
        for (int i = 1; i <= inputs; i++)
        {
            nodes.Add(new NodeGene(i, NodeKind.Input, ActivationFunction.Linear));
        }

        for (int o = 0; o < outputs; o++)
        {
            nodes.Add(new NodeGene(1 + inputs + o, NodeKind.Output, ActivationFunction.Linear));
        }

        nodes.AddRange(hidden.Select(h => new NodeGene(h.Id, NodeKind.Hidden, h.Activation)));
        var genes = connections.Select((c, i) => new ConnectionGene(i, c.Source, c.Target, c.Weight, c.Enabled));
        return new Genome(inputs, outputs, nodes, genes);
    }

    /// <summary>The four reference operators with the given weights, in the reference's order.</summary>
    public static MutationWeights MutationWeightsOf(double addConnection, double addNode, double enableConnection, double changeActivation) =>
        new([("addConnection", addConnection), ("addNode", addNode), ("enableConnection", enableConnection), ("changeActivation", changeActivation)]);
}
