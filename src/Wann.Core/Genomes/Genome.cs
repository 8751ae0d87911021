using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Wann.Core.Networks;

namespace Wann.Core.Genomes;

/// <summary>
/// A network genome: node genes and connection genes. Immutable once built; every invariant is checked
/// by the constructor, so any <see cref="Genome"/> that exists is valid.
/// </summary>
/// <remarks>
/// <para>Node ids follow the WANN reference: the bias is 0, inputs are 1..I, outputs I+1..I+O, and
/// hidden nodes come after. Nodes are stored in id order and connections in innovation order, so two
/// genomes with the same genes are equal gene for gene and serialise to the same bytes.</para>
/// <para>The compiled network (<see cref="Program"/>) is built on first use and cached; a genome is
/// evaluated by one thread at a time, and a race would only compile the same program twice.</para>
/// </remarks>
public sealed class Genome
{
    private NetworkProgram? _program;

    /// <summary>Creates a genome and checks every invariant.</summary>
    /// <param name="inputCount">Number of input nodes (ids 1..inputCount).</param>
    /// <param name="outputCount">Number of output nodes (ids inputCount+1..inputCount+outputCount).</param>
    /// <param name="nodes">All nodes, including bias, inputs and outputs, in any order.</param>
    /// <param name="connections">All connections, in any order.</param>
    /// <param name="recurrent">Whether cycles are allowed (they are not in WANN mode).</param>
    /// <exception cref="InvalidGenomeException">An invariant does not hold.</exception>
    public Genome(int inputCount, int outputCount, IEnumerable<NodeGene> nodes, IEnumerable<ConnectionGene> connections, bool recurrent = false)
    {
        InputCount = inputCount;
        OutputCount = outputCount;
        IsRecurrent = recurrent;
        Nodes = SortedById(nodes);
        Connections = SortedByInnovation(connections);
        GenomeValidator.Validate(this);
        int enabled = 0;
        foreach (ConnectionGene c in Connections)
        {
            enabled += c.Enabled ? 1 : 0;
        }

        EnabledConnectionCount = enabled;
    }

    /// <summary>Gets the number of inputs (not counting the bias).</summary>
    public int InputCount { get; }

    /// <summary>Gets the number of outputs.</summary>
    public int OutputCount { get; }

    /// <summary>Gets a value indicating whether connections may form cycles.</summary>
    public bool IsRecurrent { get; }

    /// <summary>Gets the nodes, in id order.</summary>
    public ImmutableArray<NodeGene> Nodes { get; }

    /// <summary>Gets the connections, in innovation order.</summary>
    public ImmutableArray<ConnectionGene> Connections { get; }

    /// <summary>Gets the number of enabled connections: the complexity the WANN ranking minimises.</summary>
    public int EnabledConnectionCount { get; }

    /// <summary>Gets the number of hidden nodes.</summary>
    public int HiddenNodeCount => Nodes.Length - 1 - InputCount - OutputCount;

    /// <summary>Gets the network compiled from this genome (built once, then cached).</summary>
    public NetworkProgram Program => _program ??= NetworkProgram.Compile(this);

    /// <summary>Gets the id of the first output node.</summary>
    public int FirstOutputId => InputCount + 1;

    /// <summary>Gets the id the next hidden node would get if ids were only local (max id + 1).</summary>
    public int NextLocalNodeId => Nodes[^1].Id + 1;

    /// <summary>Finds a node by id.</summary>
    /// <param name="id">The node id.</param>
    /// <param name="node">The node, when present.</param>
    /// <returns>True when present.</returns>
    public bool TryGetNode(int id, out NodeGene node)
    {
        int index = IndexOfNode(id);
        node = index >= 0 ? Nodes[index] : default;
        return index >= 0;
    }

    /// <summary>Returns the position of node <paramref name="id"/> in <see cref="Nodes"/>, or −1.</summary>
    /// <param name="id">The node id.</param>
    /// <returns>The index, or −1 when absent.</returns>
    /// <remarks>
    /// Hot in validation, compilation and graph queries (a 256-input genome has thousands of connections).
    /// The bias, inputs and outputs are ids 0..I+O at positions 0..I+O (checked by the validator before any
    /// connection is looked up), so those are O(1); only hidden ids, a short sorted tail, are searched.
    /// </remarks>
    public int IndexOfNode(int id)
    {
        int fixedCount = 1 + InputCount + OutputCount;
        if ((uint)id < (uint)fixedCount)
        {
            return id < Nodes.Length ? id : -1;
        }

        int lo = fixedCount;
        int hi = Nodes.Length - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int midId = Nodes[mid].Id;
            if (midId == id)
            {
                return mid;
            }

            if (midId < id)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return -1;
    }

    // Mutations pass genes that are almost always sorted already (often this genome's own arrays): then the
    // array is taken as it is, without a sort and, for an immutable array, without a copy. Otherwise the stable
    // sort orders them exactly as before.
    private static ImmutableArray<NodeGene> SortedById(IEnumerable<NodeGene> nodes)
    {
        if (nodes is ImmutableArray<NodeGene> given && IsSortedById(given.AsSpan()))
        {
            return given;
        }

        NodeGene[] array = [.. nodes];
        return IsSortedById(array) ? ImmutableCollectionsMarshal.AsImmutableArray(array) : [.. array.OrderBy(n => n.Id)];
    }

    private static ImmutableArray<ConnectionGene> SortedByInnovation(IEnumerable<ConnectionGene> connections)
    {
        if (connections is ImmutableArray<ConnectionGene> given && IsSortedByInnovation(given.AsSpan()))
        {
            return given;
        }

        ConnectionGene[] array = [.. connections];
        return IsSortedByInnovation(array) ? ImmutableCollectionsMarshal.AsImmutableArray(array) : [.. array.OrderBy(c => c.Innovation)];
    }

    private static bool IsSortedById(ReadOnlySpan<NodeGene> nodes)
    {
        for (int i = 1; i < nodes.Length; i++)
        {
            if (nodes[i].Id < nodes[i - 1].Id)
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsSortedByInnovation(ReadOnlySpan<ConnectionGene> connections)
    {
        for (int i = 1; i < connections.Length; i++)
        {
            if (connections[i].Innovation < connections[i - 1].Innovation)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Returns a copy with other connections (and the same nodes).</summary>
    /// <param name="connections">The new connections.</param>
    /// <returns>The new genome.</returns>
    public Genome WithConnections(IEnumerable<ConnectionGene> connections) =>
        new(InputCount, OutputCount, Nodes, connections, IsRecurrent);

    /// <summary>Returns a copy with other connections, or this genome when they would break an invariant
    /// (for instance a re-enabled connection closing a cycle).</summary>
    /// <param name="connections">The new connections.</param>
    /// <returns>The new genome, or this one.</returns>
    public Genome WithConnectionsIfValid(IEnumerable<ConnectionGene> connections)
    {
        ConnectionGene[] genes = [.. connections];
        if (!IsRecurrent)
        {
            var candidate = new Genome(InputCount, OutputCount, Nodes, genes, recurrent: true);
            if (GenomeGraph.TopologicalOrder(candidate, includeDisabled: true) is null)
            {
                return this;
            }
        }

        return new Genome(InputCount, OutputCount, Nodes, genes, IsRecurrent);
    }

    /// <summary>Returns a copy with other nodes and connections.</summary>
    /// <param name="nodes">The new nodes.</param>
    /// <param name="connections">The new connections.</param>
    /// <returns>The new genome.</returns>
    public Genome With(IEnumerable<NodeGene> nodes, IEnumerable<ConnectionGene> connections) =>
        new(InputCount, OutputCount, nodes, connections, IsRecurrent);

    /// <summary>Returns whether two genomes have exactly the same genes.</summary>
    /// <param name="other">The other genome.</param>
    /// <returns>True when gene for gene equal.</returns>
    public bool SameGenesAs(Genome other) =>
        InputCount == other.InputCount && OutputCount == other.OutputCount && IsRecurrent == other.IsRecurrent
        && Nodes.SequenceEqual(other.Nodes) && Connections.SequenceEqual(other.Connections);
}
