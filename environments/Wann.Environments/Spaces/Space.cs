namespace Wann.Environments.Spaces;

/// <summary>
/// An observation or action space, Gymnasium style: either continuous (named components with bounds,
/// <c>Box</c>) or discrete (<c>n</c> choices, <c>Discrete</c>). A discrete value is written into an action
/// buffer as its index (0.0, 1.0, …), one component.
/// </summary>
/// <remarks>Infinite bounds are allowed for components that have none (velocities, for instance).</remarks>
public sealed class Space
{
    private readonly string[] _names;
    private readonly double[] _low;
    private readonly double[] _high;

    private Space(SpaceKind kind, string[] names, double[] low, double[] high, int count)
    {
        Kind = kind;
        _names = names;
        _low = low;
        _high = high;
        Count = count;
    }

    /// <summary>Gets the kind of space.</summary>
    public SpaceKind Kind { get; }

    /// <summary>Gets the number of components of a value of this space (one for a discrete space).</summary>
    public int Size => _names.Length;

    /// <summary>Gets the number of choices of a discrete space (0 for a continuous one).</summary>
    public int Count { get; }

    /// <summary>Gets the name of each component (for a discrete space: the one component's name).</summary>
    public IReadOnlyList<string> Names => _names;

    /// <summary>Gets each component's lower bound (a discrete space: 0).</summary>
    public IReadOnlyList<double> Low => _low;

    /// <summary>Gets each component's upper bound (a discrete space: n − 1).</summary>
    public IReadOnlyList<double> High => _high;

    /// <summary>Creates a continuous space.</summary>
    /// <param name="names">One name per component.</param>
    /// <param name="low">Lower bound per component (may be −∞).</param>
    /// <param name="high">Upper bound per component (may be +∞).</param>
    /// <returns>The space.</returns>
    /// <exception cref="ArgumentException">The lists differ in length, are empty, or a bound pair is reversed or NaN.</exception>
    public static Space Continuous(IReadOnlyList<string> names, IReadOnlyList<double> low, IReadOnlyList<double> high)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(low);
        ArgumentNullException.ThrowIfNull(high);
        if (names.Count == 0 || low.Count != names.Count || high.Count != names.Count)
        {
            throw new ArgumentException($"A continuous space needs one name, one lower and one upper bound per component; found {names.Count} names, {low.Count} lower and {high.Count} upper bounds.");
        }

        for (int k = 0; k < names.Count; k++)
        {
            if (!(low[k] <= high[k]))
            {
                throw new ArgumentException($"Component {names[k]}: bounds [{low[k]}, {high[k]}] are not ordered.");
            }
        }

        return new Space(SpaceKind.Continuous, [.. names], [.. low], [.. high], 0);
    }

    /// <summary>Creates a continuous space whose components all share one pair of bounds.</summary>
    /// <param name="names">One name per component.</param>
    /// <param name="low">Lower bound of every component.</param>
    /// <param name="high">Upper bound of every component.</param>
    /// <returns>The space.</returns>
    public static Space Continuous(IReadOnlyList<string> names, double low, double high)
    {
        ArgumentNullException.ThrowIfNull(names);
        var lows = new double[names.Count];
        var highs = new double[names.Count];
        Array.Fill(lows, low);
        Array.Fill(highs, high);
        return Continuous(names, lows, highs);
    }

    /// <summary>Creates a discrete space of <paramref name="count"/> choices.</summary>
    /// <param name="count">Number of choices, at least 2.</param>
    /// <param name="name">Name of the one component (the choice's index).</param>
    /// <returns>The space.</returns>
    public static Space Discrete(int count, string name)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(count, 2);
        ArgumentException.ThrowIfNullOrEmpty(name);
        return new Space(SpaceKind.Discrete, [name], [0.0], [count - 1], count);
    }

    /// <summary>Returns whether a value lies in the space: finite where the bounds are, within them, and for a discrete space a whole index.</summary>
    /// <param name="value">One value, <see cref="Size"/> components.</param>
    /// <returns>True when inside.</returns>
    public bool Contains(ReadOnlySpan<double> value)
    {
        if (value.Length != Size)
        {
            return false;
        }

        for (int k = 0; k < value.Length; k++)
        {
            double v = value[k];
            if (double.IsNaN(v) || v < _low[k] || v > _high[k] || (Kind == SpaceKind.Discrete && v != Math.Floor(v)))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override string ToString() => Kind == SpaceKind.Discrete
        ? $"Discrete({Count})"
        : $"Box({Size}: {string.Join(", ", _names)})";
}
