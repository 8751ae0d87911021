namespace Wann.Cluster.Messages;

/// <summary>
/// Genomes as flat gene arrays: genome <c>g</c> owns nodes <c>NodeStart[g]..NodeStart[g+1]</c> and connections
/// <c>ConnectionStart[g]..ConnectionStart[g+1]</c> of the per-field arrays.
/// </summary>
/// <param name="InputCounts">Input count of each genome.</param>
/// <param name="OutputCounts">Output count of each genome.</param>
/// <param name="Recurrent">Whether each genome may hold cycles.</param>
/// <param name="NodeStart">Offsets into the node arrays (length: genomes + 1).</param>
/// <param name="NodeIds">Node ids.</param>
/// <param name="NodeKinds">Node kinds (<see cref="Wann.Core.Genomes.NodeKind"/> values).</param>
/// <param name="NodeActivations">Node activations (<see cref="Wann.Core.Activation.ActivationFunction"/> values).</param>
/// <param name="ConnectionStart">Offsets into the connection arrays (length: genomes + 1).</param>
/// <param name="Innovations">Connection innovation numbers.</param>
/// <param name="Sources">Connection source node ids.</param>
/// <param name="Targets">Connection target node ids.</param>
/// <param name="Weights">Connection weights.</param>
/// <param name="Enabled">Whether each connection is enabled.</param>
[GenerateSerializer]
[Immutable]
[Alias("wann.flat-genomes")]
public sealed record FlatGenomes(
    [property: Id(0)] int[] InputCounts,
    [property: Id(1)] int[] OutputCounts,
    [property: Id(2)] bool[] Recurrent,
    [property: Id(3)] int[] NodeStart,
    [property: Id(4)] int[] NodeIds,
    [property: Id(5)] byte[] NodeKinds,
    [property: Id(6)] byte[] NodeActivations,
    [property: Id(7)] int[] ConnectionStart,
    [property: Id(8)] long[] Innovations,
    [property: Id(9)] int[] Sources,
    [property: Id(10)] int[] Targets,
    [property: Id(11)] double[] Weights,
    [property: Id(12)] bool[] Enabled)
{
    /// <summary>Number of genomes.</summary>
    public int Count => InputCounts.Length;
}
