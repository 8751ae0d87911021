using System.CommandLine;
using Spectre.Console;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary><c>wann import GENOME.out --task T [-o genome.json]</c>: converts a WANN reference network to a Wann genome.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var input = new Argument<string>("network") { Description = "A WANN reference network file (.out: N x (N+1) CSV matrix)." };
        var task = new Option<string>("--task") { Description = "The task the network was evolved for (e.g. swingup).", Required = true };
        var output = new Option<string?>("-o", "--output") { Description = "Genome JSON to write (default: next to the input, .json)." };
        var command = new Command("import", "Convert a WANN reference network (.out) to a Wann genome (JSON), keeping its individual weights.") { input, task, output };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string path = parse.GetValue(input)!;
            string taskName = parse.GetValue(task)!;
            GenomeDocument document = GenomeSource.Load(path, taskName);
            string target = parse.GetValue(output) ?? Path.ChangeExtension(path, ".json");
            GenomeFile.Write(target, document);
            AnsiConsole.MarkupLineInterpolated($"imported {path}: {document.Genome.Nodes.Length} nodes ({document.Genome.HiddenNodeCount} hidden), {document.Genome.EnabledConnectionCount} connections -> {target}");
            return Task.FromResult(0);
        }));
        return command;
    }
}
