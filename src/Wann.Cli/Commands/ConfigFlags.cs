using Wann.Core.Evolution;
using Wann.Core.Settings;

namespace Wann.Cli.Commands;

/// <summary>Checks a config after command-line flags changed it, against the same declared bounds as the file.</summary>
internal static class ConfigFlags
{
    /// <summary>Throws a usage error listing every field a flag put out of bounds.</summary>
    /// <param name="experiment">The config with the flags applied.</param>
    /// <exception cref="UsageException">A field is out of bounds (e.g. <c>--population 2147483647</c>).</exception>
    public static void EnsureValid(ExperimentConfig experiment)
    {
        if (ExperimentSettings.Problems(experiment) is { Count: > 0 } problems)
        {
            throw new UsageException($"the flags give an invalid config:{Environment.NewLine}  {string.Join(Environment.NewLine + "  ", problems)}");
        }
    }
}
