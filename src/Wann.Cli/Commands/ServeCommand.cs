using System.CommandLine;
using Microsoft.AspNetCore.Builder;
using Spectre.Console;
using Wann.Server;

namespace Wann.Cli.Commands;

/// <summary><c>wann serve [RUNS_DIR] [--port P]</c>: the local web viewer on 127.0.0.1.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var runs = new Argument<string>("runs") { Description = "Folder of run folders (default: runs).", DefaultValueFactory = _ => "runs" };
        var port = new Option<int>("--port") { Description = "Loopback port (0: any free port).", DefaultValueFactory = _ => 5117 };
        var command = new Command("serve", "Browse runs and studies in a local web viewer: curves, champion topology, score over the shared weight with a slider, the replay; a study's report and plots.") { runs, port };
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, cancellation) => CliErrors.Guard(async () =>
        {
            PluginOption.Load(parse, plugins);
            string folder = parse.GetValue(runs)!;
            int p = parse.GetValue(port);
            if (p is < 0 or > 65535)
            {
                throw new UsageException($"--port: found {p}, expected a port number 0-65535.");
            }

            if (!Directory.Exists(folder))
            {
                throw new UsageException($"runs: folder \"{folder}\" does not exist (runs are written by `wann run`, by default under runs/).");
            }

            await using Serilog.Core.Logger log = ConsoleLog.Create();
            await using WebApplication app = ViewerServer.Build(folder, p, log);
            await app.StartAsync(cancellation).ConfigureAwait(false);
            foreach (string url in app.Urls)
            {
                // The exact line tests and scripts wait for.
                Console.WriteLine($"wann serve: listening on {url}");
            }

            AnsiConsole.MarkupLineInterpolated($"[grey]serving runs of {Path.GetFullPath(folder)}; Ctrl+C stops[/]");
            try
            {
                await Task.Delay(Timeout.Infinite, Interrupts.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                // Ctrl+C or SIGTERM: stop serving and exit normally.
            }

            await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            return 0;
        }));
        return command;
    }
}
