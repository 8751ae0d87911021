namespace Wann.Environments;

/// <summary>
/// Per-lane bookkeeping for an <see cref="IVectorEnvironment"/>: a flat state array (lane-major, <c>stateSize</c>
/// values per lane), step counters, the terminated and truncated flags, and the running-lane count. Environments
/// built on it get the lane contract right: a lane that ended stays ended (frozen, zero reward) until it is set again.
/// </summary>
/// <remarks>
/// <para>Typical use: <c>Reset</c> calls <see cref="Set"/> per lane with the seeded start; <c>Step</c> skips lanes
/// that are not <see cref="IsRunning"/> (reward 0), integrates <see cref="State"/> in place, then calls
/// <see cref="Advance"/> with the failure test and the episode limit; <c>WriteObservations</c> calls
/// <see cref="WriteComponents"/>. Bit-exact lanes: keep each lane's arithmetic independent of the others and of the
/// lane count (no reductions across lanes), and use <see cref="Numerics.LaneMath"/> for transcendental functions so a
/// lane gives the same bits on the scalar path and in any position of a wide batch.</para>
/// </remarks>
public sealed class LaneStates
{
    private readonly double[] _state;
    private readonly int[] _steps;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly int _size;

    /// <summary>Creates the bookkeeping of <paramref name="lanes"/> lanes; no lane runs until it is <see cref="Set"/>.</summary>
    /// <param name="lanes">Number of lanes, at least one.</param>
    /// <param name="stateSize">Values per lane state.</param>
    public LaneStates(int lanes, int stateSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(stateSize, 1);
        Count = lanes;
        _size = stateSize;
        _state = new double[lanes * stateSize];
        _steps = new int[lanes];
        _terminated = new bool[lanes];
        _truncated = new bool[lanes];
        _terminated.AsSpan().Fill(true); // nothing runs before a reset
    }

    /// <summary>Gets the number of lanes.</summary>
    public int Count { get; }

    /// <summary>Gets the number of lanes whose episode is running.</summary>
    public int Running { get; private set; }

    /// <summary>Gets, per lane, whether the episode ended by its terminal condition.</summary>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <summary>Gets, per lane, whether the episode was cut by the step limit.</summary>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <summary>Returns whether a lane's episode is running.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>True when neither terminated nor truncated.</returns>
    public bool IsRunning(int lane) => !_terminated[lane] && !_truncated[lane];

    /// <summary>Gets a lane's state, writable in place.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>The lane's <c>stateSize</c> values.</returns>
    public Span<double> State(int lane) => _state.AsSpan(lane * _size, _size);

    /// <summary>Gets the steps a lane has taken in its episode.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>The step count.</returns>
    public int Steps(int lane) => _steps[lane];

    /// <summary>Starts a fresh episode of a lane in a given state (step counter zero, flags cleared).</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="state">The state, <c>stateSize</c> values.</param>
    /// <param name="names">The state's component names, for the error message.</param>
    /// <exception cref="ArgumentException">The state has the wrong length.</exception>
    public void Set(int lane, ReadOnlySpan<double> state, string names)
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

    /// <summary>Counts a step of a running lane and ends its episode on failure or at the step limit.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="failed">Whether the step reached a terminal state (terminated).</param>
    /// <param name="stepLimit">The episode limit (truncated when reached), or 0 for none.</param>
    public void Advance(int lane, bool failed, int stepLimit)
    {
        int steps = ++_steps[lane];
        if (failed)
        {
            _terminated[lane] = true;
            Running--;
        }
        else if (stepLimit > 0 && steps >= stepLimit)
        {
            _truncated[lane] = true;
            Running--;
        }
    }

    /// <summary>Writes chosen state components, each divided by a scale, component-major (the observation layout).</summary>
    /// <param name="observations">Receives <c>components.Length × Count</c> values.</param>
    /// <param name="components">State index of each observation component.</param>
    /// <param name="scales">Divisor of each observation component (1.0 for none).</param>
    public void WriteComponents(Span<double> observations, ReadOnlySpan<int> components, ReadOnlySpan<double> scales)
    {
        int n = Count;
        for (int k = 0; k < components.Length; k++)
        {
            int c = components[k];
            double scale = scales[k];
            for (int i = 0; i < n; i++)
            {
                observations[(k * n) + i] = _state[(i * _size) + c] / scale;
            }
        }
    }
}
