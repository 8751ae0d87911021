using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Persistence;

namespace Wann.Tests.Shared;

/// <summary>A swing-up genome whose hidden nodes form one long chain: the largest picture for its size.</summary>
internal static class ChainGenome
{
    /// <summary>Writes a chain genome of <paramref name="nodes"/> nodes in all (bias, 5 inputs, 1 output, the rest hidden).</summary>
    public static void Write(string path, int nodes)
    {
        const int inputs = 5;
        const int outputs = 1;
        int firstHidden = 1 + inputs + outputs;
        var genes = new List<NodeGene> { new(0, NodeKind.Bias, ActivationFunction.Linear) };
        for (int i = 1; i <= inputs; i++)
        {
            genes.Add(new NodeGene(i, NodeKind.Input, ActivationFunction.Linear));
        }

        genes.Add(new NodeGene(inputs + 1, NodeKind.Output, ActivationFunction.Linear));
        var connections = new List<ConnectionGene>();
        int previous = 1;
        for (int id = firstHidden; id < nodes; id++)
        {
            genes.Add(new NodeGene(id, NodeKind.Hidden, ActivationFunction.Tanh));
            connections.Add(new ConnectionGene(connections.Count, previous, id, 1.0, true));
            previous = id;
        }

        connections.Add(new ConnectionGene(connections.Count, previous, inputs + 1, 1.0, true));
        var genome = new Genome(inputs, outputs, genes, connections);
        File.WriteAllText(path, GenomeFile.ToJson(new GenomeDocument(genome, "swingup", new Dictionary<string, double> { ["validatedMean"] = 1 })));
    }
}
