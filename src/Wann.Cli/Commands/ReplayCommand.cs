using System.CommandLine;
using Spectre.Console;
using Wann.Core.Evaluation;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Viewer.Replay;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary><c>wann replay GENOME [--weight W] [--seed N] [-o FILE]</c>: one episode, played back in the browser (HTML), or for car racing drawn as a PNG of the track, the path and the tiles touched.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var genome = new Argument<string>("genome") { Description = "Genome file (Wann JSON, or a .out with --task)." };
        var weight = new Option<double?>("--weight") { Description = "Shared weight (default: the genome's best validated weight, else 1)." };
        var ownWeights = new Option<bool>("--own-weights") { Description = "Use the genome's own connection weights." };
        var seed = new Option<ulong>("--seed") { Description = "Episode seed (start state).", DefaultValueFactory = _ => 1UL };
        var task = new Option<string?>("--task") { Description = "Task of a .out network." };
        var output = new Option<string?>("-o", "--output") { Description = "File to write (default: next to the genome, .replay.html; car racing: .replay.png)." };
        var command = new Command("replay", "Run one episode and write an HTML page that animates it (cart and poles drawn from the true state).")
        {
            genome, weight, ownWeights, seed, task, output,
        };
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            PluginOption.Load(parse, plugins);
            string path = parse.GetValue(genome)!;
            GenomeDocument document = GenomeSource.Load(path, parse.GetValue(task));
            WannTask wannTask = TaskRegistry.Get(document.Task);
            BuiltInReplays.EnsureAttached();
            if (!EpisodeReplay.CanReplay(wannTask))
            {
                throw new UsageException($"{path}: task {document.Task} has no replay (it is not a control task with a replay capability).");
            }

            // Default: the weight the champion validated best with (champion.json keeps one mean per weight), else 1.
            if (parse.GetValue(weight) is double given)
            {
                FlagChecks.Number("--weight", given, -1e6, 1e6);
            }

            double? w = parse.GetValue(ownWeights) ? null : parse.GetValue(weight) ?? ChampionWeights.Best(document) ?? 1.0;
            ReplayFile file;
            try
            {
                file = EpisodeReplay.Record(wannTask, document.Genome, w, parse.GetValue(seed), $"{Path.GetFileName(path)}: {document.Task}");
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message, e);
            }

            string target = parse.GetValue(output) ?? Path.ChangeExtension(path, ".replay" + file.FileExtension);
            if (!target.EndsWith(file.FileExtension, StringComparison.OrdinalIgnoreCase))
            {
                throw new UsageException($"-o: found \"{target}\", expected a {file.FileExtension} file for a {document.Task} replay.");
            }

            AtomicFile.WriteAllBytes(target, file.Content);
            AnsiConsole.MarkupLineInterpolated($"{file.Summary} -> {target}");
            return Task.FromResult(0);
        }));
        return command;
    }
}
