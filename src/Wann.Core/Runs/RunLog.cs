using Serilog;
using Serilog.Core;
using Serilog.Formatting.Compact;
using Wann.Core.Persistence;

namespace Wann.Core.Runs;

/// <summary>Opens a run folder's structured log, <c>log.clef</c> (compact JSON events, appended).</summary>
public static class RunLog
{
    /// <summary>Opens the log; dispose it to flush.</summary>
    /// <param name="folder">The run folder.</param>
    /// <returns>The logger.</returns>
    public static Logger Open(RunFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new LoggerConfiguration()
            .MinimumLevel.Information()
            .WriteTo.Async(a => a.File(new CompactJsonFormatter(), folder.LogPath))
            .CreateLogger();
    }
}
