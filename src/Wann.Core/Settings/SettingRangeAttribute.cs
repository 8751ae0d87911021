namespace Wann.Core.Settings;

/// <summary>
/// Declares the bounds of a numeric setting (a whole number, a number, or each number of a list): the loader
/// refuses values outside [<see cref="Min"/>, <see cref="Max"/>], a record built in code is checked against them,
/// and the JSON Schema and the README's field table show them.
/// </summary>
/// <param name="min">The smallest allowed value.</param>
/// <param name="max">The largest allowed value (<see cref="double.MaxValue"/>: unbounded).</param>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingRangeAttribute(double min, double max) : Attribute
{
    /// <summary>Gets the smallest allowed value.</summary>
    public double Min { get; } = min;

    /// <summary>Gets the largest allowed value.</summary>
    public double Max { get; } = max;

    /// <summary>Gets or sets what a list's numbers are, for messages (e.g. "the shared weight values").</summary>
    public string? Noun { get; set; }
}
