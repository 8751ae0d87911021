namespace Wann.Core.Reproduction;

/// <summary>
/// Hands out historical markings: one innovation number per (source, target) pair for the whole run,
/// and, within one generation, one new node id per split connection.
/// </summary>
/// <remarks>
/// <para>NEAT's point: when two genomes make the same structural change they get the same marking, so
/// crossover can align genes and genomes stay comparable. The reference WANN code does not check
/// duplicates within a generation (a TODO there); Wann does, as the engine issue asks.</para>
/// <para>Not thread-safe: the evolution loop breeds children one after another, in index order, so the
/// numbers it hands out do not depend on threads.</para>
/// </remarks>
public sealed class InnovationTracker
{
    private readonly Dictionary<(int Source, int Target), long> _connections = [];
    private readonly Dictionary<long, int> _splitsThisGeneration = [];

    /// <summary>Creates a tracker whose next numbers are given.</summary>
    /// <param name="nextInnovation">The next innovation number to hand out.</param>
    /// <param name="nextNodeId">The next hidden node id to hand out.</param>
    public InnovationTracker(long nextInnovation, int nextNodeId)
    {
        NextInnovation = nextInnovation;
        NextNodeId = nextNodeId;
    }

    /// <summary>Gets the next innovation number that will be handed out.</summary>
    public long NextInnovation { get; private set; }

    /// <summary>Gets the next node id that will be handed out.</summary>
    public int NextNodeId { get; private set; }

    /// <summary>Gets the known (source, target) → innovation pairs (for checkpoints).</summary>
    public IReadOnlyDictionary<(int Source, int Target), long> ConnectionInnovations => _connections;

    /// <summary>Records an existing connection (e.g. from the initial population or a checkpoint).</summary>
    /// <param name="source">Source node id.</param>
    /// <param name="target">Target node id.</param>
    /// <param name="innovation">Its innovation number.</param>
    public void Register(int source, int target, long innovation)
    {
        _connections[(source, target)] = innovation;
        NextInnovation = Math.Max(NextInnovation, innovation + 1);
    }

    /// <summary>Returns the innovation number of (source, target), creating one the first time.</summary>
    /// <param name="source">Source node id.</param>
    /// <param name="target">Target node id.</param>
    /// <returns>The innovation number.</returns>
    public long ConnectionInnovation(int source, int target)
    {
        if (!_connections.TryGetValue((source, target), out long innovation))
        {
            innovation = NextInnovation++;
            _connections.Add((source, target), innovation);
        }

        return innovation;
    }

    /// <summary>Returns the id of the node that splits connection <paramref name="innovation"/> this generation.</summary>
    /// <param name="innovation">The split connection's innovation.</param>
    /// <returns>The new node's id: the same for every split of this connection in this generation.</returns>
    public int SplitNodeId(long innovation)
    {
        if (!_splitsThisGeneration.TryGetValue(innovation, out int id))
        {
            id = NextNodeId++;
            _splitsThisGeneration.Add(innovation, id);
        }

        return id;
    }

    /// <summary>Forgets this generation's splits (called once per generation, before breeding).</summary>
    public void StartGeneration() => _splitsThisGeneration.Clear();
}
