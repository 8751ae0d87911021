using Wann.Core.Networks;

namespace Wann.Core.Tasks;

/// <summary>Runs one batch of episodes (lanes) of a task with a loaded network and scores each lane.</summary>
public abstract class TaskRunner
{
    /// <summary>Creates a runner.</summary>
    /// <param name="laneCount">Episodes run together.</param>
    protected TaskRunner(int laneCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        LaneCount = laneCount;
    }

    /// <summary>Gets the number of lanes.</summary>
    public int LaneCount { get; }

    /// <summary>Gets or sets the lane-steps run so far (one network activation and one environment step of one lane each), for benchmarks.</summary>
    public long LaneSteps { get; protected set; }

    /// <summary>Runs one episode per lane.</summary>
    /// <param name="network">A lane network with the program and weights loaded, of <see cref="LaneCount"/> lanes.</param>
    /// <param name="laneSeeds">Each lane's episode seed (start state, track, batch, ...).</param>
    /// <param name="scores">Receives each lane's episode score.</param>
    public abstract void Run(LaneNetwork network, ReadOnlySpan<ulong> laneSeeds, Span<double> scores);
}
