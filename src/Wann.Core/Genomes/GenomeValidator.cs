using Wann.Core.Activation;

namespace Wann.Core.Genomes;

/// <summary>Checks the invariants every <see cref="Genome"/> must satisfy.</summary>
internal static class GenomeValidator
{
    /// <summary>Throws <see cref="InvalidGenomeException"/> naming the first broken invariant.</summary>
    /// <param name="genome">The genome (nodes sorted by id, connections by innovation).</param>
    public static void Validate(Genome genome)
    {
        int inputs = genome.InputCount;
        int outputs = genome.OutputCount;
        if (inputs < 1 || outputs < 1)
        {
            throw new InvalidGenomeException($"A genome needs at least one input and one output (got {inputs} and {outputs}).");
        }

        var nodes = genome.Nodes;
        if (nodes.Length < 1 + inputs + outputs)
        {
            throw new InvalidGenomeException($"A genome with {inputs} inputs and {outputs} outputs needs at least {1 + inputs + outputs} nodes, got {nodes.Length}.");
        }

        for (int i = 0; i < nodes.Length; i++)
        {
            NodeGene node = nodes[i];
            if (i > 0 && nodes[i - 1].Id == node.Id)
            {
                throw new InvalidGenomeException($"Node id {node.Id} appears twice.");
            }

            NodeKind expected = node.Id == 0 ? NodeKind.Bias
                : node.Id <= inputs ? NodeKind.Input
                : node.Id <= inputs + outputs ? NodeKind.Output
                : NodeKind.Hidden;
            if (i < 1 + inputs + outputs && node.Id != i)
            {
                throw new InvalidGenomeException($"Node ids 0..{inputs + outputs} must be the bias, the inputs and the outputs; id {i} is missing.");
            }

            if (node.Kind != expected)
            {
                throw new InvalidGenomeException($"Node {node.Id} is a {node.Kind} node but its id makes it a {expected} node.");
            }

            if (!ActivationFunctions.IsDefined((int)node.Activation))
            {
                throw new InvalidGenomeException($"Node {node.Id} has unknown activation id {(int)node.Activation}.");
            }
        }

        var connections = genome.Connections;

        // One 64-bit key per (source, target) pair: cheaper to hash than a tuple, for thousands of genes per genome.
        var pairs = new HashSet<long>(connections.Length);
        for (int i = 0; i < connections.Length; i++)
        {
            ConnectionGene c = connections[i];
            if (i > 0 && connections[i - 1].Innovation == c.Innovation)
            {
                throw new InvalidGenomeException($"Innovation {c.Innovation} appears twice.");
            }

            if (!genome.TryGetNode(c.Source, out _))
            {
                throw new InvalidGenomeException($"Connection {c.Innovation} comes from unknown node {c.Source}.");
            }

            if (!genome.TryGetNode(c.Target, out NodeGene target))
            {
                throw new InvalidGenomeException($"Connection {c.Innovation} goes to unknown node {c.Target}.");
            }

            if (target.Kind is NodeKind.Bias or NodeKind.Input)
            {
                throw new InvalidGenomeException($"Connection {c.Innovation} goes into {target.Kind.ToString().ToLowerInvariant()} node {c.Target}.");
            }

            if (!double.IsFinite(c.Weight))
            {
                throw new InvalidGenomeException($"Connection {c.Innovation} has a non-finite weight.");
            }

            if (!pairs.Add(((long)c.Source << 32) | (uint)c.Target))
            {
                throw new InvalidGenomeException($"Two connections join node {c.Source} to node {c.Target}.");
            }
        }

        if (!genome.IsRecurrent && GenomeGraph.HasCycle(genome))
        {
            throw new InvalidGenomeException("The connections form a cycle, which a feed-forward genome cannot have.");
        }
    }
}
