using System.CommandLine;
using Wann.Cli.Commands;

namespace Wann.Cli;

/// <summary>Entry point of the <c>wann</c> console.</summary>
public static class Program
{
    /// <summary>Parses the command line and runs the chosen command.</summary>
    /// <param name="args">Command-line arguments.</param>
    /// <returns>The process exit code.</returns>
    public static async Task<int> Main(string[] args)
    {
        var root = new RootCommand("Wann: search for weight agnostic neural networks, evaluate them, and compare them with pruned networks.");
        root.Subcommands.Add(RunCommand.Create());
        root.Subcommands.Add(ResumeCommand.Create());
        root.Subcommands.Add(EvalCommand.Create());
        root.Subcommands.Add(ValidateCommand.Create());
        root.Subcommands.Add(ImportCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        root.Subcommands.Add(BenchCommand.Create());
        root.Subcommands.Add(EnvCommand.Create());
        root.Subcommands.Add(ViewCommand.Create());
        root.Subcommands.Add(PlotCommand.Create());
        root.Subcommands.Add(ReplayCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(PruneCommand.Create());
        root.Subcommands.Add(CompareCommand.Create());
        root.Subcommands.Add(WorkerCommand.Create());
        root.Subcommands.Add(StudyCommand.Create());
        root.Subcommands.Add(TuneCommand.Create());
        if (Console.IsOutputRedirected && Environment.GetEnvironmentVariable("COLUMNS") is null)
        {
            // Output going to a file or pipe has no width: without this Spectre assumes 80 columns and wraps
            // every wide table cell into a column of word fragments.
            Spectre.Console.AnsiConsole.Profile.Width = 160;
        }

        // Ctrl+C is handled by Interrupts (a run finishes its generation and checkpoints), not by the parser.
        Interrupts.Install();
        var invocation = new InvocationConfiguration { ProcessTerminationTimeout = null };
        if (ParseErrors.Unprintable(args) is string refused)
        {
            Console.Error.WriteLine($"error: {refused}");
            return CliErrors.BadInput;
        }

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0 && !ParseErrors.AsksForHelp(args))
        {
            // Plain messages in the words of the flags, not the parser's .NET type names; exit 2 like every usage error.
            return ParseErrors.Report(parse);
        }

        return await parse.InvokeAsync(invocation).ConfigureAwait(false);
    }
}
