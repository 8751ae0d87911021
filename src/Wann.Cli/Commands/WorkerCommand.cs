using System.CommandLine;
using Microsoft.Extensions.Hosting;
using Wann.Cluster.Hosting;

namespace Wann.Cli.Commands;

/// <summary><c>wann worker --cluster SPEC [--threads N]</c>: runs an evaluation silo until Ctrl+C or SIGTERM.</summary>
internal static class WorkerCommand
{
    public static Command Create()
    {
        var threads = new Option<int>("--threads") { Description = "Evaluation threads on this worker (default: all cores).", DefaultValueFactory = _ => 0 };
        var command = new Command("worker", "Start an evaluation worker (an Orleans silo) that scores batches for `wann run --cluster`; runs until Ctrl+C.")
        {
            threads,
        };
        ClusterFlags cluster = ClusterFlags.AddTo(command, "Membership to join.", required: true);
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            PluginOption.Load(parse, plugins);
            ClusterSpec spec = cluster.Resolve(parse)!;

            int threadCount = parse.GetValue(threads);
            if (threadCount < 0 || threadCount > FlagChecks.MaxThreads)
            {
                throw new UsageException($"--threads: found {threadCount}, expected 0 (all cores) or a whole number up to {FlagChecks.MaxThreads}.");
            }

            return RunAsync(spec, threadCount, Interrupts.Token);
        }));
        return command;
    }

    private static async Task<int> RunAsync(ClusterSpec spec, int threads, CancellationToken stop)
    {
        // Orleans' events go through Serilog like every other log of wann's (warnings and errors on stderr).
        await using Serilog.Core.Logger log = ConsoleLog.Create();
        IHost host;
        string endpoint;
        try
        {
            (host, endpoint) = ClusterHosting.BuildWorker(spec, threads, log: log);
        }
        catch (FormatException e)
        {
            // A certificate file named in the spec is missing or unreadable.
            throw new UsageException(e.Message, e);
        }

        await host.StartAsync(CancellationToken.None).ConfigureAwait(false);
        Console.WriteLine($"wann worker: joined cluster {spec} as {endpoint}, {(threads > 0 ? threads : Environment.ProcessorCount)} threads; Ctrl+C to stop");
        try
        {
            await Task.Delay(Timeout.Infinite, stop).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl+C or SIGTERM: leave the cluster gracefully so the coordinator re-sends nothing it need not.
        }

        Console.WriteLine("wann worker: leaving the cluster");

        // A graceful leave updates the membership table; if that store is already gone (Redis stopped first), Orleans
        // keeps retrying. Do not wait for it: the other silos declare this one dead on their own.
        Task leaving = host.StopAsync(CancellationToken.None);
        if (await Task.WhenAny(leaving, Task.Delay(TimeSpan.FromSeconds(15), CancellationToken.None)).ConfigureAwait(false) != leaving)
        {
            Console.WriteLine("wann worker: could not leave gracefully within 15 s; exiting anyway");
            return 0;
        }

        host.Dispose();
        return 0;
    }
}
