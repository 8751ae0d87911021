using System.CommandLine;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Cli.Commands;

/// <summary>
/// <c>wann resume RUN_DIR [--generations N] [--threads N] [--checkpoint-every N]</c>: continues a run from its
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

        // Accepted only to refuse them with a reason: they would rewrite the run's past.
        var seed = new Option<ulong?>("--seed") { Description = "Refused: the seed made the generations so far.", Hidden = true };
        var population = new Option<int?>("--population") { Description = "Refused: the population so far is in the checkpoint.", Hidden = true };
        var config = new Option<string?>("--config") { Description = "Refused: the run's config is in its checkpoint.", Hidden = true };
        var command = new Command("resume", "Continue a run from its checkpoint, exactly as if it had never stopped.")
        {
            folder, generations, threads, checkpointEvery, seed, population, config,
        };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            if (parse.GetValue(seed) is not null || parse.GetValue(population) is not null || parse.GetValue(config) is not null)
            {
                throw new UsageException("--seed, --population and --config cannot change on resume: they would rewrite the generations already run. Start a new run instead. (Allowed: --generations, --threads, --checkpoint-every.)");
            }

            string path = parse.GetValue(folder)!;
            if (!Directory.Exists(path))
            {
                throw new InputFileException($"{path}: no such run folder.");
            }

            var runFolder = new RunFolder(path);
            Checkpoint checkpoint = CheckpointFile.Read(runFolder.CheckpointPath);
            ExperimentConfig experiment = checkpoint.Config;
            if (parse.GetValue(generations) is int total)
            {
                if (total < checkpoint.State.Generation)
                {
                    throw new UsageException($"--generations: found {total}, but the run has already done {checkpoint.State.Generation}; it can only grow.");
                }

                experiment = experiment with { Generations = total };
            }

            if (parse.GetValue(checkpointEvery) is int every)
            {
                experiment = experiment with { CheckpointEvery = every >= 0 ? every : throw new UsageException($"--checkpoint-every: found {every}, expected 0 or a positive number.") };
            }

            int threadCount = parse.GetValue(threads);
            if (threadCount < 0)
            {
                throw new UsageException($"--threads: found {threadCount}, expected 0 (all cores) or a positive number.");
            }

            if (checkpoint.State.Generation >= experiment.Generations)
            {
                throw new UsageException($"{runFolder.Path}: the run is complete ({checkpoint.State.Generation} of {experiment.Generations} generations); pass --generations N to run more.");
            }

            runFolder.RestoreTo(checkpoint.MetricsRows, checkpoint.State.Generation);
            runFolder.WriteConfig(experiment);
            return Run(experiment, runFolder, checkpoint.State, threadCount, Interrupts.Token);
        }));
        return command;
    }

    private static async Task<int> Run(ExperimentConfig experiment, RunFolder folder, EvolutionState state, int threads, CancellationToken cancel)
    {
        using var evaluator = new LocalPopulationEvaluator(threads);
        var loop = new EvolutionLoop(experiment, evaluator);
        return await RunSession.RunAsync(experiment, folder, loop, state, evaluator, cancel).ConfigureAwait(false);
    }
}
