namespace Wann.Core.Tasks;

/// <summary>
/// A problem a network is scored on: what its inputs and outputs mean, and how a batch of episodes
/// (lanes) is run and scored. Tasks connect networks to environments; environments know nothing of
/// networks.
/// </summary>
public abstract class WannTask
{
    /// <summary>Gets the registry name (used in experiment configs).</summary>
    public abstract string Name { get; }

    /// <summary>Gets a one-line description.</summary>
    public abstract string Description { get; }

    /// <summary>Gets the name of each network input, in order.</summary>
    public abstract IReadOnlyList<string> InputNames { get; }

    /// <summary>Gets the name of each network output, in order.</summary>
    public abstract IReadOnlyList<string> OutputNames { get; }

    /// <summary>Gets the number of network inputs (without the bias).</summary>
    public int InputCount => InputNames.Count;

    /// <summary>Gets the number of network outputs.</summary>
    public int OutputCount => OutputNames.Count;

    /// <summary>Creates a runner for batches of <paramref name="laneCount"/> episodes. A runner holds the
    /// environment and buffers, is used by one thread at a time, and is reused across genomes.</summary>
    /// <param name="laneCount">Episodes run together.</param>
    /// <returns>The runner.</returns>
    public abstract TaskRunner CreateRunner(int laneCount);
}
