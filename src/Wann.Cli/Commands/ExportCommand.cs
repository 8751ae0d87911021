using System.CommandLine;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary><c>wann export genome.json --format wann-out [-o FILE]</c>: writes a genome in the WANN reference's format.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("genome") { Description = "A Wann genome (JSON)." };
        var format = new Option<string>("--format") { Description = "Output format: wann-out (the WANN reference's .out matrix).", DefaultValueFactory = _ => "wann-out" };
        var output = new Option<string?>("-o", "--output") { Description = "File to write (default: standard output)." };
        var command = new Command("export", "Write a genome in the WANN reference's .out format (weights with full precision).") { input, format, output };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string f = parse.GetValue(format)!;
            if (f != "wann-out")
            {
                throw new UsageException($"--format: found \"{f}\", expected wann-out.");
            }

            GenomeDocument document = GenomeFile.Read(parse.GetValue(input)!);
            if (document.Genome.IsRecurrent)
            {
                throw new UsageException($"{parse.GetValue(input)}: a recurrent genome cannot be written in the feed-forward .out format.");
            }

            string text = ReferenceNetworkFormat.Write(document.Genome);
            string? target = parse.GetValue(output);
            if (target is null)
            {
                Console.Write(text);
            }
            else
            {
                AtomicFile.WriteAllText(target, text);
            }

            return Task.FromResult(0);
        }));
        return command;
    }
}
