using System.CommandLine;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Core.Settings;

namespace Wann.Cli.Commands;

/// <summary><c>wann validate [CONFIG] [--schema | --fields]</c>: checks a config and reports every problem, running nothing;
/// or prints the configs' JSON Schema (for editors) or their field table (Markdown, as in the README).</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var config = new Argument<string?>("config") { Description = "Experiment config (JSON) to check.", Arity = ArgumentArity.ZeroOrOne };
        var schema = new Option<bool>("--schema") { Description = "Print the JSON Schema of experiment configs (for editors) and exit." };
        var fields = new Option<bool>("--fields") { Description = "Print the table of config fields (Markdown) and exit." };
        var command = new Command("validate", "Check an experiment config and report every problem with its JSON path; runs nothing.") { config, schema, fields };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            if (parse.GetValue(schema))
            {
                Console.Write(ExperimentSettings.Schema());
                return Task.FromResult(0);
            }

            if (parse.GetValue(fields))
            {
                Console.Write(ExperimentSettings.MarkdownTable());
                return Task.FromResult(0);
            }

            string path = parse.GetValue(config) ?? throw new UsageException("validate: name a config file, or pass --schema or --fields.");
            var loaded = ExperimentConfigLoader.Load(path);
            AnsiConsole.MarkupLineInterpolated($"[green]ok[/] {path}: task {loaded.Task}, population {loaded.Population}, {loaded.Generations} generations");
            return Task.FromResult(0);
        }));
        return command;
    }
}
