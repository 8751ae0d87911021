namespace Wann.Environments.PoleBalancing;

/// <summary>
/// The per-lane bookkeeping the pole-balancing environments share: a flat state array (lane-major), step
/// counters, and the terminated and truncated flags with the running-lane count.
/// </summary>
internal sealed class LaneStates
{
    private readonly double[] _state;
    private readonly int[] _steps;
    private readonly bool[] _terminated;
    private readonly bool[] _truncated;
    private readonly int _size;

    public LaneStates(int lanes, int stateSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(lanes, 1);
        Count = lanes;
        _size = stateSize;
        _state = new double[lanes * stateSize];
        _steps = new int[lanes];
        _terminated = new bool[lanes];
        _truncated = new bool[lanes];
        _terminated.AsSpan().Fill(true); // nothing runs before a reset
    }

    public int Count { get; }

    public int Running { get; private set; }

    public ReadOnlySpan<bool> Terminated => _terminated;

    public ReadOnlySpan<bool> Truncated => _truncated;

    public bool IsRunning(int lane) => !_terminated[lane] && !_truncated[lane];

    public Span<double> State(int lane) => _state.AsSpan(lane * _size, _size);

    public int Steps(int lane) => _steps[lane];

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

    /// <summary>Writes chosen state components, each divided by a scale, component-major.</summary>
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
