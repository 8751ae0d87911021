using Wann.Core.Activation;

namespace Wann.Core.Genomes;

/// <summary>A node of a genome.</summary>
/// <param name="Id">Identity, unique within the genome and shared across genomes for the same structural origin.</param>
/// <param name="Kind">Bias, input, output or hidden.</param>
/// <param name="Activation">The activation function (ignored for bias and input nodes).</param>
public readonly record struct NodeGene(int Id, NodeKind Kind, ActivationFunction Activation);
