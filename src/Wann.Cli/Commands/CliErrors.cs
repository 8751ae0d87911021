using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary>Turns the errors users can cause into clear messages and exit codes.</summary>
internal static class CliErrors
{
    /// <summary>Exit code for bad input (config, genome file, flag value).</summary>
    public const int BadInput = 2;

    /// <summary>Exit code when the environment fails: permissions, a full disk, a busy run folder.</summary>
    public const int EnvironmentFailure = 1;

    /// <summary>Exit code of a defect in Wann itself (EX_SOFTWARE).</summary>
    public const int InternalError = 70;

    /// <summary>Exit code after Ctrl+C (128 + SIGINT).</summary>
    public const int Interrupted = 130;

    /// <summary>Runs a command body, reporting input errors as such.</summary>
    /// <param name="body">The command.</param>
    /// <returns>The exit code.</returns>
    public static async Task<int> Guard(Func<Task<int>> body)
    {
        try
        {
            return await body().ConfigureAwait(false);
        }
        catch (InputFileException e)
        {
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (UsageException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return BadInput;
        }
        catch (Exception e) when (MissingData(e) is Exception data)
        {
            // Data files (MNIST) missing or corrupt: the message says which file and how to fetch it.
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: {data.Message}");
            return BadInput;
        }
        catch (Wann.Cluster.ClusterResultException e)
        {
            // A worker's result failed the coordinator's audit: nothing from this cluster can be trusted.
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: {e.Message}");
            return EnvironmentFailure;
        }
        catch (Wann.Cluster.ClusterWorkersGoneException e)
        {
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: {e.Message}");
            return EnvironmentFailure;
        }
        catch (RunFolderBusyException e)
        {
            Console.Error.WriteLine($"error: {e.Message}");
            return EnvironmentFailure;
        }
        catch (UnauthorizedAccessException e)
        {
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: permission denied: {e.Message}");
            return EnvironmentFailure;
        }
        catch (IOException e)
        {
            // Disk full, a folder where a file was expected, a vanished mount: the message names the path.
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: {e.Message}");
            return EnvironmentFailure;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not the user's input but a defect in Wann: still a sentence and an exit code rather than a stack trace
            // (files are written atomically, so nothing finished is lost); the message says what to report.
            AnsiConsole.Console.WriteLine();
            Console.Error.WriteLine($"error: internal error: {e.Message} Please report it with the command line that caused it.");
            return InternalError;
        }
    }

    private static Exception? MissingData(Exception e) => e switch
    {
        FileNotFoundException or InvalidDataException => e,
        AggregateException { InnerExceptions.Count: > 0 } a => MissingData(a.InnerExceptions[0]),
        _ when e.InnerException is not null => MissingData(e.InnerException),
        _ => null,
    };
}
