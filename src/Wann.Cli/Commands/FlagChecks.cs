using System.Globalization;

namespace Wann.Cli.Commands;

/// <summary>Bounds of numeric flags that have no config field to borrow them from; a value outside is a usage error.</summary>
internal static class FlagChecks
{
    /// <summary>Most threads a flag may ask for: far above any machine, far below what exhausts the process.</summary>
    public const int MaxThreads = 1024;

    /// <summary>Checks a <c>--threads</c> value (0: all cores).</summary>
    /// <param name="flag">The flag's name.</param>
    /// <param name="value">The value.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static int Threads(string flag, int value) =>
        value is >= 0 and <= MaxThreads ? value : throw new UsageException($"{flag}: found {value}, expected 0 (all cores) or a whole number up to {MaxThreads}.");

    /// <summary>Checks a whole number against its range.</summary>
    /// <param name="flag">The flag's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">Smallest accepted value.</param>
    /// <param name="max">Largest accepted value.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static int Whole(string flag, int value, int min, int max) =>
        value >= min && value <= max ? value : throw new UsageException($"{flag}: found {value}, expected a whole number in [{min}, {max}].");

    /// <summary>Checks a number: finite and inside its range.</summary>
    /// <param name="flag">The flag's name.</param>
    /// <param name="value">The value.</param>
    /// <param name="min">Smallest accepted value.</param>
    /// <param name="max">Largest accepted value.</param>
    /// <returns><paramref name="value"/>.</returns>
    public static double Number(string flag, double value, double min, double max) =>
        double.IsFinite(value) && value >= min && value <= max
            ? value
            : throw new UsageException($"{flag}: found {value.ToString(CultureInfo.InvariantCulture)}, expected a finite number in [{min.ToString(CultureInfo.InvariantCulture)}, {max.ToString(CultureInfo.InvariantCulture)}].");
}
