namespace Wann.Environments;

/// <summary>
/// A base for an <see cref="IVectorEnvironment"/> whose lanes are kept by <see cref="LaneStates"/>: it supplies the
/// lane bookkeeping members of the interface (<see cref="LaneCount"/>, <see cref="RunningLaneCount"/>,
/// <see cref="Terminated"/>, <see cref="Truncated"/>), so an environment writes only its spec, reset, observations
/// and step. Declare the interface on the derived class: <c>sealed class MyTask : LaneEnvironment, IVectorEnvironment</c>.
/// </summary>
public abstract class LaneEnvironment
{
    /// <summary>Creates <paramref name="laneCount"/> lanes of <paramref name="stateSize"/> values each; none runs before a reset.</summary>
    /// <param name="laneCount">Number of lanes, at least one.</param>
    /// <param name="stateSize">Values per lane state.</param>
    protected LaneEnvironment(int laneCount, int stateSize) => Lanes = new LaneStates(laneCount, stateSize);

    /// <summary>Gets the number of lanes.</summary>
    public int LaneCount => Lanes.Count;

    /// <summary>Gets the number of lanes whose episode is still running.</summary>
    public int RunningLaneCount => Lanes.Running;

    /// <summary>Gets, per lane, whether its episode ended by failure or success.</summary>
    public ReadOnlySpan<bool> Terminated => Lanes.Terminated;

    /// <summary>Gets, per lane, whether its episode was cut at the step limit.</summary>
    public ReadOnlySpan<bool> Truncated => Lanes.Truncated;

    /// <summary>Gets the lanes' states, step counters and end flags.</summary>
    protected LaneStates Lanes { get; }
}
