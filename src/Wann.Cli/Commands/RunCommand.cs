using System.CommandLine;
using System.Globalization;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Runs;

namespace Wann.Cli.Commands;

/// <summary><c>wann run [CONFIG]</c>: runs a WANN search with a live progress display and writes a run folder.</summary>
internal static class RunCommand
{
    public static Command Create()
    {
        var config = new Argument<string?>("config") { Description = "Experiment config (default: experiments/swingup.json).", Arity = ArgumentArity.ZeroOrOne };
        var seed = new Option<ulong?>("--seed") { Description = "Run seed (overrides the config)." };
        var generations = new Option<int?>("--generations") { Description = "Number of generations (overrides the config)." };
        var population = new Option<int?>("--population") { Description = "Population size (overrides the config)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("--out") { Description = "Run folder (default: runs/<experiment>-<timestamp>)." };
        var set = new Option<string[]>("--set") { Description = "Override a config field, validated like the file: --set population=96, --set complexity=inverse, --set neat.addNode=0.05 (repeatable).", AllowMultipleArgumentsPerToken = false };
        var checkpointEvery = new Option<int?>("--checkpoint-every") { Description = "Write checkpoint.json every N generations (overrides the config; 0: only when stopping)." };
        var command = new Command("run", "Evolve a weight agnostic network; writes config.json, metrics.csv, champion.json, bests.jsonl, checkpoint.json and a log to the run folder.")
        {
            config, seed, generations, population, threads, output, checkpointEvery, set,
        };
        ClusterFlags cluster = ClusterFlags.AddTo(command, "Score genomes on the workers of a cluster (start them with `wann worker`).");
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            ExperimentConfig experiment = ExperimentConfigLoader.Load(parse.GetValue(config) ?? ExperimentPaths.Default("swingup.json"), parse.GetValue(set) ?? []);
            experiment = ApplyOverrides(experiment, parse.GetValue(seed), parse.GetValue(generations), parse.GetValue(population));
            if (parse.GetValue(checkpointEvery) is int every)
            {
                experiment = experiment with { CheckpointEvery = every >= 0 ? every : throw new UsageException($"--checkpoint-every: found {every}, expected 0 or a positive number.") };
            }

            // Flags share the config's bounds: --population 2147483647 is refused like "population": 2147483647.
            ConfigFlags.EnsureValid(experiment);

            int threadCount = parse.GetValue(threads);
            if (threadCount < 0 || threadCount > FlagChecks.MaxThreads)
            {
                throw new UsageException($"--threads: found {threadCount}, expected 0 (all cores) or a whole number up to {FlagChecks.MaxThreads}.");
            }

            string folder = parse.GetValue(output) ?? DefaultFolder(experiment.Name);
            return RunAsync(experiment, new RunFolder(folder), threadCount, cluster.Resolve(parse), Interrupts.Token);
        }));
        return command;
    }

    private static ExperimentConfig ApplyOverrides(ExperimentConfig c, ulong? seed, int? generations, int? population)
    {
        if (generations is < 1)
        {
            throw new UsageException($"--generations: found {generations}, expected a whole number >= 1.");
        }

        if (population is < 2)
        {
            throw new UsageException($"--population: found {population}, expected a whole number >= 2.");
        }

        return c with
        {
            Seed = seed ?? c.Seed,
            Generations = generations ?? c.Generations,
            Population = population ?? c.Population,
        };
    }

    private static string DefaultFolder(string name)
    {
        string stamp = DateTime.Now.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture);
        string folder = Path.Combine("runs", $"{name}-{stamp}");
        for (int i = 2; Directory.Exists(folder); i++)
        {
            folder = Path.Combine("runs", $"{name}-{stamp}-{i}");
        }

        return folder;
    }

    private static async Task<int> RunAsync(ExperimentConfig experiment, RunFolder folder, int threads, Wann.Cluster.Hosting.ClusterSpec? cluster, CancellationToken cancel)
    {
        if (File.Exists(folder.CheckpointPath))
        {
            throw new UsageException($"{folder.Path} already holds a run (checkpoint.json); continue it with `wann resume {folder.Path}` or choose another --out.");
        }

        return await RunConsole.RunInFolderAsync(folder, threads, cluster, (evaluator, log) => EvolutionRun.InFolder(experiment, evaluator, folder, log), cancel).ConfigureAwait(false);
    }
}
