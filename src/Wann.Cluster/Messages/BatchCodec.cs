using Wann.Core.Activation;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster.Messages;

/// <summary>Converts genomes and fitness values to and from the flat wire messages, without loss.</summary>
/// <remarks>
/// Every field is copied exactly (doubles as doubles), so a genome decoded on a silo is the same network as
/// the coordinator's, and its fitness is the same, bit for bit, as a local evaluation would compute.
/// </remarks>
public static class BatchCodec
{
    /// <summary>Flattens <paramref name="count"/> genomes starting at <paramref name="start"/>.</summary>
    /// <param name="genomes">The population.</param>
    /// <param name="start">Index of the first genome of the batch.</param>
    /// <param name="count">Number of genomes in the batch.</param>
    /// <returns>The flat genomes.</returns>
    public static FlatGenomes EncodeGenomes(IReadOnlyList<Genome> genomes, int start, int count)
    {
        int nodes = 0;
        int connections = 0;
        for (int g = 0; g < count; g++)
        {
            nodes += genomes[start + g].Nodes.Length;
            connections += genomes[start + g].Connections.Length;
        }

        var flat = new FlatGenomes(
            new int[count], new int[count], new bool[count],
            new int[count + 1], new int[nodes], new byte[nodes], new byte[nodes],
            new int[count + 1], new long[connections], new int[connections], new int[connections], new double[connections], new bool[connections]);
        int n = 0;
        int c = 0;
        for (int g = 0; g < count; g++)
        {
            Genome genome = genomes[start + g];
            flat.InputCounts[g] = genome.InputCount;
            flat.OutputCounts[g] = genome.OutputCount;
            flat.Recurrent[g] = genome.IsRecurrent;
            flat.NodeStart[g] = n;
            flat.ConnectionStart[g] = c;
            foreach (NodeGene node in genome.Nodes)
            {
                flat.NodeIds[n] = node.Id;
                flat.NodeKinds[n] = (byte)node.Kind;
                flat.NodeActivations[n] = (byte)node.Activation;
                n++;
            }

            foreach (ConnectionGene gene in genome.Connections)
            {
                flat.Innovations[c] = gene.Innovation;
                flat.Sources[c] = gene.Source;
                flat.Targets[c] = gene.Target;
                flat.Weights[c] = gene.Weight;
                flat.Enabled[c] = gene.Enabled;
                c++;
            }
        }

        flat.NodeStart[count] = n;
        flat.ConnectionStart[count] = c;
        return flat;
    }

    /// <summary>Rebuilds the genomes of a flat message.</summary>
    /// <param name="flat">The flat genomes.</param>
    /// <returns>The genomes, in message order.</returns>
    public static Genome[] DecodeGenomes(FlatGenomes flat)
    {
        var genomes = new Genome[flat.Count];
        for (int g = 0; g < genomes.Length; g++)
        {
            var nodes = new NodeGene[flat.NodeStart[g + 1] - flat.NodeStart[g]];
            for (int i = 0; i < nodes.Length; i++)
            {
                int k = flat.NodeStart[g] + i;
                nodes[i] = new NodeGene(flat.NodeIds[k], (NodeKind)flat.NodeKinds[k], (ActivationFunction)flat.NodeActivations[k]);
            }

            var connections = new ConnectionGene[flat.ConnectionStart[g + 1] - flat.ConnectionStart[g]];
            for (int i = 0; i < connections.Length; i++)
            {
                int k = flat.ConnectionStart[g] + i;
                connections[i] = new ConnectionGene(flat.Innovations[k], flat.Sources[k], flat.Targets[k], flat.Weights[k], flat.Enabled[k]);
            }

            genomes[g] = new Genome(flat.InputCounts[g], flat.OutputCounts[g], nodes, connections, flat.Recurrent[g]);
        }

        return genomes;
    }

    /// <summary>Flattens the fitness values of one batch.</summary>
    /// <param name="batchId">The batch the values belong to.</param>
    /// <param name="fitness">The fitness of each genome of the batch.</param>
    /// <param name="silo">Name of the silo that computed them.</param>
    /// <returns>The result message.</returns>
    public static BatchResult EncodeResult(int batchId, GenomeFitness[] fitness, string silo)
    {
        int perWeight = 0;
        foreach (GenomeFitness f in fitness)
        {
            perWeight += f.PerWeightMean.Count;
        }

        var result = new BatchResult(EvaluationBatch.CurrentSchemaVersion, batchId,
            new double[fitness.Length], new double[fitness.Length], new double[perWeight], new int[fitness.Length + 1],
            new int[fitness.Length], new int[fitness.Length], silo);
        int w = 0;
        for (int g = 0; g < fitness.Length; g++)
        {
            GenomeFitness f = fitness[g];
            result.Means[g] = f.Mean;
            result.Maxima[g] = f.Max;
            result.Connections[g] = f.Connections;
            result.Episodes[g] = f.Episodes;
            result.PerWeightStart[g] = w;
            for (int i = 0; i < f.PerWeightMean.Count; i++)
            {
                result.PerWeightMeans[w++] = f.PerWeightMean[i];
            }
        }

        result.PerWeightStart[fitness.Length] = w;
        return result;
    }

    /// <summary>Writes the fitness values of a result message into <paramref name="target"/>.</summary>
    /// <param name="result">The result message.</param>
    /// <param name="target">The generation's fitness array.</param>
    /// <param name="offset">Index in <paramref name="target"/> of the batch's first genome.</param>
    public static void DecodeResult(BatchResult result, GenomeFitness[] target, int offset)
    {
        for (int g = 0; g < result.Means.Length; g++)
        {
            int from = result.PerWeightStart[g];
            var perWeight = new double[result.PerWeightStart[g + 1] - from];
            Array.Copy(result.PerWeightMeans, from, perWeight, 0, perWeight.Length);
            target[offset + g] = new GenomeFitness(result.Means[g], result.Maxima[g], perWeight, result.Connections[g], result.Episodes[g]);
        }
    }
}
