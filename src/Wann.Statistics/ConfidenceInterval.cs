namespace Wann.Statistics;

/// <summary>A two-sided confidence interval: the closed range [<see cref="Lower"/>, <see cref="Upper"/>].</summary>
/// <param name="Lower">Lower bound.</param>
/// <param name="Upper">Upper bound.</param>
public readonly record struct ConfidenceInterval(double Lower, double Upper)
{
    /// <summary>True when <paramref name="value"/> lies inside the closed interval.</summary>
    /// <param name="value">The value to test.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;
}
