namespace Wann.Statistics;

/// <summary>Input checks shared by every statistic, so bad data fails with a message that names the argument.</summary>
internal static class SampleGuard
{
    /// <summary>Throws unless <paramref name="values"/> holds at least <paramref name="minimum"/> finite numbers.</summary>
    public static void RequireFinite(IReadOnlyList<double> values, string name, int minimum = 1)
    {
        ArgumentNullException.ThrowIfNull(values, name);
        if (values.Count < minimum)
        {
            throw new ArgumentException(
                $"Sample '{name}' has {values.Count} values; expected at least {minimum}.", name);
        }

        for (int i = 0; i < values.Count; i++)
        {
            if (!double.IsFinite(values[i]))
            {
                throw new ArgumentException(
                    $"Sample '{name}' value [{i}] is {values[i]}; expected a finite number.", name);
            }
        }
    }
}
