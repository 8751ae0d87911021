using System.CommandLine;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Runs;
using Wann.Files;

namespace Wann.Cli.Commands;

/// <summary>
/// <c>wann resume RUN_DIR [--generations N] [--threads N] [--checkpoint-every N] [--cluster SPEC]</c>: continues a run from its
/// checkpoint exactly; the final champion and metrics are byte-identical to an uninterrupted run's.
/// </summary>
internal static class ResumeCommand
{
    public static Command Create()
    {
        var folder = new Argument<string>("run-dir") { Description = "A run folder with checkpoint.json." };
        var generations = new Option<int?>("--generations") { Description = "Run until this many generations in total (may only grow)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => 0 };
        var checkpointEvery = new Option<int?>("--checkpoint-every") { Description = "Checkpoint interval from now on." };
        var acceptEdited = new Option<bool>("--accept-edited-checkpoint") { Description = "Resume even if checkpoint.json was changed after wann wrote it (refused by default; recorded in the log)." };

        // Accepted only to refuse them with a reason: they would rewrite the run's past.
        var seed = new Option<ulong?>("--seed") { Description = "Refused: the seed made the generations so far.", Hidden = true };
        var population = new Option<int?>("--population") { Description = "Refused: the population so far is in the checkpoint.", Hidden = true };
        var config = new Option<string?>("--config") { Description = "Refused: the run's config is in its checkpoint.", Hidden = true };
        var command = new Command("resume", "Continue a run from its checkpoint, exactly as if it had never stopped.")
        {
            folder, generations, threads, checkpointEvery, acceptEdited, seed, population, config,
        };
        ClusterFlags cluster = ClusterFlags.AddTo(command, "Score genomes on the workers of a cluster (start them with `wann worker`); the result is the same bit for bit.");
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            if (parse.GetValue(seed) is not null || parse.GetValue(population) is not null || parse.GetValue(config) is not null)
            {
                throw new UsageException("--seed, --population and --config cannot change on resume: they would rewrite the generations already run. Start a new run instead. (Allowed: --generations, --threads, --checkpoint-every, --cluster.)");
            }

            string path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                throw new InputFileException($"{path}: no such run folder.");
            }

            int? every = parse.GetValue(checkpointEvery);
            if (every is < 0)
            {
                throw new UsageException($"--checkpoint-every: found {every}, expected 0 or a positive number.");
            }

            int threadCount = parse.GetValue(threads);
            if (threadCount < 0 || threadCount > FlagChecks.MaxThreads)
            {
                throw new UsageException($"--threads: found {threadCount}, expected 0 (all cores) or a whole number up to {FlagChecks.MaxThreads}.");
            }

            var runFolder = new RunFolder(path);
            int? total = parse.GetValue(generations);
            ExperimentConfig Configure(Checkpoint checkpoint)
            {
                ExperimentConfig experiment = checkpoint.Config;
                if (total is int t)
                {
                    if (t < checkpoint.State.Generation)
                    {
                        throw new UsageException($"--generations: found {t}, but the run has already done {checkpoint.State.Generation}; it can only grow.");
                    }

                    experiment = experiment with { Generations = t };
                }

                if (every is int e)
                {
                    experiment = experiment with { CheckpointEvery = e };
                }

                ConfigFlags.EnsureValid(experiment);

                if (checkpoint.State.Generation >= experiment.Generations)
                {
                    throw new UsageException($"{runFolder.Path}: the run is complete ({checkpoint.State.Generation} of {experiment.Generations} generations); pass --generations N to run more.");
                }

                return experiment;
            }

            return Run(runFolder, Configure, threadCount, cluster.Resolve(parse), parse.GetValue(acceptEdited), Interrupts.Token);
        }));
        return command;
    }

    private static async Task<int> Run(RunFolder folder, Func<Checkpoint, ExperimentConfig> configure, int threads, Wann.Cluster.Hosting.ClusterSpec? cluster, bool acceptEdited, CancellationToken cancel)
    {
        if (!File.Exists(folder.CheckpointPath))
        {
            throw new InputFileException($"{folder.CheckpointPath}: no checkpoint here; is {folder.Path} a run folder?");
        }

        return await RunConsole.RunInFolderAsync(folder, threads, cluster, (evaluator, log) => EvolutionRun.ResumeFolder(folder, evaluator, configure, log, acceptEdited), cancel).ConfigureAwait(false);
    }
}
