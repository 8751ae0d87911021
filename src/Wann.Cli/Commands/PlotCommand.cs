using System.CommandLine;
using Spectre.Console;
using Wann.Viewer.Plots;

namespace Wann.Cli.Commands;

/// <summary><c>wann plot RUN_DIR [-o DIR]</c>: fitness and champion size per generation, PNG and SVG.</summary>
internal static class PlotCommand
{
    public static Command Create()
    {
        var run = new Argument<string>("run-dir") { Description = "A run folder (with metrics.csv)." };
        var output = new Option<string?>("-o", "--output") { Description = "Folder for the pictures (default: the run folder)." };
        var command = new Command("plot", "Plot best, median, average and max fitness, the champion's score and its connections per generation (PNG and SVG).") { run, output };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string folder = parse.GetValue(run)!;
            foreach (string file in RunPlots.Write(folder, parse.GetValue(output) ?? folder))
            {
                AnsiConsole.MarkupLineInterpolated($"wrote {file}");
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
