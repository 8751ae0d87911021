using Serilog;
using Serilog.Core;
using Serilog.Events;

namespace Wann.Cli.Commands;

/// <summary>The log of the long-lived commands (worker, serve): Orleans' and ASP.NET Core's warnings and errors,
/// through Serilog like every other log of wann's, on stderr so stdout stays for results.</summary>
internal static class ConsoleLog
{
    /// <summary>Creates the logger; dispose it to flush.</summary>
    /// <returns>The logger.</returns>
    public static Logger Create() => new LoggerConfiguration()
        .MinimumLevel.Warning()
        .WriteTo.Console(standardErrorFromLevel: LogEventLevel.Verbose)
        .CreateLogger();
}
