namespace Wann.Examples.Gym;

/// <summary>
/// Per-lane bookkeeping for a vector environment: a flat, lane-major state array, step counters, the terminated and
/// truncated flags and the running-lane count.
/// </summary>
/// <remarks>
/// The engine's own environments share an equivalent helper (<c>LaneStates</c>) that is internal to
/// Wann.Environments, so a plug-in keeps this small copy of the idea. Every lane is stepped on its own, with the same
/// scalar arithmetic whatever the lane count, which is what makes the lane path and the one-lane scalar path agree bit
/// for bit.
/// </remarks>
internal sealed class EpisodeLanes
{
    private readonly double[] _state;
    private readonly int[] _steps;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly int _size;
    private readonly int _limit;

    /// <summary>Creates the lanes; nothing runs before the first <see cref="Start"/>.</summary>
    /// <param name="lanes">Number of lanes, at least 1.</param>
    /// <param name="stateSize">Number of state values per lane.</param>
    /// <param name="stepLimit">Steps after which an episode is truncated.</param>
    public EpisodeLanes(int lanes, int stateSize, int stepLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        Count = lanes;
        _size = stateSize;
        _limit = stepLimit;
        _state = new double[lanes * stateSize];
        _steps = new int[lanes];
        _terminated = new bool[lanes];
        _truncated = new bool[lanes];
        _terminated.AsSpan().Fill(true);
    }

    /// <summary>Gets the number of lanes.</summary>
    public int Count { get; }

    /// <summary>Gets the number of lanes whose episode runs.</summary>
    public int Running { get; private set; }

    /// <summary>Gets the terminated flags.</summary>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <summary>Gets the truncated flags.</summary>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <summary>Returns whether a lane's episode runs.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>True when neither terminated nor truncated.</returns>
    public bool IsRunning(int lane) => !_terminated[lane] && !_truncated[lane];

    /// <summary>Returns a lane's state, to read or change in place.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>The state.</returns>
    public Span<double> State(int lane) => _state.AsSpan(lane * _size, _size);

    /// <summary>Starts a lane's episode from a state.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">The start state.</param>
    /// <param name="names">The state's component names, for the error message.</param>
    public void Start(int lane, ReadOnlySpan<double> state, string names)
    {
        if (state.Length != _size)
        {
            throw new ArgumentException($"A state has {_size} components ({names}), got {state.Length}.", nameof(state));
        }

        if (!IsRunning(lane))
        {
            Running++;
        }

        state.CopyTo(State(lane));
        _steps[lane] = 0;
        _terminated[lane] = false;
        _truncated[lane] = false;
    }

    /// <summary>Counts a step of a running lane; ends the episode when it terminated or reached the step limit.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="terminal">Whether the step reached a terminal state.</param>
    public void Advance(int lane, bool terminal)
    {
        int steps = ++_steps[lane];
        if (terminal)
        {
            _terminated[lane] = true;
            Running--;
        }
        else if (steps >= _limit)
        {
            _truncated[lane] = true;
            Running--;
        }
    }
}
