using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// Builds the first generation as the WANN reference does: no hidden nodes, and each of the
/// (inputs + bias) × outputs connections enabled independently with probability <c>initEnable</c>.
/// </summary>
public static class InitialPopulation
{
    /// <summary>Creates the minimal genome skeleton (all candidate connections, none enabled) and registers its innovations.</summary>
    /// <param name="inputs">Number of inputs.</param>
    /// <param name="outputs">Number of outputs.</param>
    /// <param name="outputActivation">The outputs' activation (the reference keeps outputs linear).</param>
    /// <param name="innovations">Receives the candidate connections' innovations; must be fresh.</param>
    /// <returns>Nodes and candidate connections (disabled), innovation i for the i-th (source, output) pair.</returns>
    public static (NodeGene[] Nodes, ConnectionGene[] Candidates) Skeleton(int inputs, int outputs, ActivationFunction outputActivation, InnovationTracker innovations)
    {
        var nodes = new NodeGene[1 + inputs + outputs];
        nodes[0] = new NodeGene(0, NodeKind.Bias, ActivationFunction.Linear);
        for (int i = 1; i <= inputs; i++)
        {
            nodes[i] = new NodeGene(i, NodeKind.Input, ActivationFunction.Linear);
        }

        for (int o = 0; o < outputs; o++)
        {
            nodes[1 + inputs + o] = new NodeGene(1 + inputs + o, NodeKind.Output, outputActivation);
        }

        // Order of the reference after its 2020 fix: for each output, every source (bias first).
        var candidates = new ConnectionGene[(inputs + 1) * outputs];
        int k = 0;
        for (int o = 0; o < outputs; o++)
        {
            for (int s = 0; s <= inputs; s++)
            {
                int target = 1 + inputs + o;
                candidates[k] = new ConnectionGene(innovations.ConnectionInnovation(s, target), s, target, 1.0, false);
                k++;
            }
        }

        return (nodes, candidates);
    }

    /// <summary>Creates one initial genome.</summary>
    /// <param name="inputs">Number of inputs.</param>
    /// <param name="outputs">Number of outputs.</param>
    /// <param name="nodes">The skeleton's nodes.</param>
    /// <param name="candidates">The skeleton's candidate connections.</param>
    /// <param name="initEnable">Probability that each candidate is enabled.</param>
    /// <param name="rng">This genome's random stream.</param>
    /// <param name="recurrent">Whether the genome may grow cycles.</param>
    /// <returns>The genome. Like the reference, it keeps every candidate as a gene, the unchosen ones
    /// disabled, so the enable mutation can switch them on later.</returns>
    public static Genome Create(int inputs, int outputs, NodeGene[] nodes, ConnectionGene[] candidates, double initEnable, ref Xoshiro256 rng, bool recurrent = false)
    {
        var genes = new ConnectionGene[candidates.Length];
        for (int i = 0; i < genes.Length; i++)
        {
            genes[i] = candidates[i] with { Enabled = rng.NextDouble() < initEnable };
        }

        return new Genome(inputs, outputs, nodes, genes, recurrent);
    }
}
