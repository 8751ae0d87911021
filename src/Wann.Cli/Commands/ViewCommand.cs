using System.CommandLine;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Viewer.Rendering;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary><c>wann view GENOME [-o FILE.svg|.dot]</c>: draws a network, in-process.</summary>
internal static class ViewCommand
{
    public static Command Create()
    {
        var genome = new Argument<string>("genome") { Description = "Genome file (Wann JSON, or a WANN reference .out with --task)." };
        var output = new Option<string?>("-o", "--output") { Description = "Picture to write: .svg (default), .png or .dot (Graphviz)." };
        var task = new Option<string?>("--task") { Description = "Task of a .out network." };
        var command = new Command("view", "Draw a network: inputs left, outputs right, hidden nodes in layers coloured by activation (SVG, PNG, or DOT for Graphviz).") { genome, output, task };
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            PluginOption.Load(parse, plugins);
            string path = parse.GetValue(genome)!;
            GenomeDocument document = GenomeSource.Load(path, parse.GetValue(task));
            WannTask wannTask = TaskRegistry.Get(document.Task);
            string target = parse.GetValue(output) ?? Path.ChangeExtension(path, ".svg");
            string extension = Path.GetExtension(target).ToLowerInvariant();
            switch (extension)
            {
                case ".svg":
                    AtomicFile.WriteAllText(target, SvgRenderer.Render(document.Genome, wannTask.InputNames, wannTask.OutputNames));
                    break;
                case ".dot" or ".gv":
                    AtomicFile.WriteAllText(target, DotRenderer.Render(document.Genome, wannTask.InputNames, wannTask.OutputNames));
                    break;
                case ".png":
                    byte[] png;
                    try
                    {
                        png = PngRenderer.Render(document.Genome, wannTask.InputNames, wannTask.OutputNames);
                    }
                    catch (PictureTooLargeException e)
                    {
                        throw new UsageException($"{path}: {e.Message}", e);
                    }

                    AtomicFile.WriteAllBytes(target, png);
                    break;
                default:
                    throw new UsageException($"-o: found \"{target}\", expected a file ending in .svg, .png or .dot.");
            }

            AnsiConsole.MarkupLineInterpolated($"{path}: {document.Genome.EnabledConnectionCount} connections, {document.Genome.HiddenNodeCount} hidden nodes -> {target}");
            return Task.FromResult(0);
        }));
        return command;
    }
}
