using System.CommandLine;
using Spectre.Console;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary><c>wann validate CONFIG</c>: checks a config and reports every problem, running nothing.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var config = new Argument<string>("config") { Description = "Experiment config (JSON) to check." };
        var command = new Command("validate", "Check an experiment config and report every problem with its JSON path; runs nothing.") { config };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string path = parse.GetValue(config)!;
            var loaded = ExperimentConfigLoader.Load(path);
            AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {path}: task {loaded.Task}, population {loaded.Population}, {loaded.Generations} generations");
            return Task.FromResult(0);
        }));
        return command;
    }
}
