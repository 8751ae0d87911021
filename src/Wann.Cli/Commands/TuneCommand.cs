using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Files;
using Wann.Tuning;

namespace Wann.Cli.Commands;

/// <summary><c>wann tune GENOME</c>: trains a fixed topology's individual weights (Table 1's "tuned weights").</summary>
internal static class TuneCommand
{
    public static Command Create()
    {
        var genome = new Argument<string>("genome") { Description = "Genome file (champion.json, any genome JSON, or a WANN reference .out with --task)." };
        var optimizer = new Option<string>("--optimizer") { Description = $"Optimiser: {string.Join(", ", WeightOptimizers.All.Select(o => o.Name))}.", DefaultValueFactory = _ => WeightOptimizers.Default };
        var generations = new Option<int>("--generations") { Description = "Generations per search (a resumed tune runs up to this many in total).", DefaultValueFactory = _ => TuneSettings.DefaultGenerations };
        var population = new Option<int>("--population") { Description = "Candidates per generation (0: the optimiser's default).", DefaultValueFactory = _ => TuneSettings.DefaultPopulation };
        var seed = new Option<ulong>("--seed") { Description = "Seed of the candidates' noise and the training episodes.", DefaultValueFactory = _ => 1UL };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores); results do not depend on it.", DefaultValueFactory = _ => 0 };
        var output = new Option<string?>("-o", "--output") { Description = "Tuned genome to write (default: next to the input, NAME.tuned.json); its checkpoint is OUT.checkpoint.json." };
        var episodes = new Option<int>("--episodes") { Description = "Episodes per candidate (its fitness is their mean).", DefaultValueFactory = _ => TuneSettings.DefaultEpisodes };
        var sigma = new Option<double>("--sigma") { Description = "Initial step size on the weight offsets.", DefaultValueFactory = _ => TuneSettings.DefaultSigma };
        var startWeight = new Option<double?>("--start-weight") { Description = "Shared weight the offsets start from (default: the genome's best validated weight, or the best of a sweep)." };
        var task = new Option<string?>("--task") { Description = "Task of a WANN reference .out network (JSON genomes name their own)." };
        var validation = new Option<int>("--validation-episodes") { Description = "Held-out episodes on which the tuned weights must beat the start weight on every connection to be kept (0: keep them unchecked).", DefaultValueFactory = _ => TuneSettings.DefaultValidationEpisodes };
        var selectEpisodes = new Option<int>("--select-episodes") { Description = "Fixed selection episodes on which the mean and the best candidates of every generation are scored; the result is the best offsets ever scored there, not the final mean (0: the final mean).", DefaultValueFactory = _ => 0 };
        var selectCandidates = new Option<int>("--select-candidates") { Description = "Best candidates of each generation scored on the selection episodes beside the mean.", DefaultValueFactory = _ => TuneSettings.DefaultSelectCandidates };
        var weightDecay = new Option<double>("--weight-decay") { Description = "L2 penalty on the offsets in the optimiser's ranking (score minus this times the sum of squared offsets; 0: none).", DefaultValueFactory = _ => 0.0 };
        var restarts = new Option<int>("--restarts") { Description = "Independent searches from the same start, each --generations long with its own noise and episodes; the result is the best on the selection episodes (needs --select-episodes).", DefaultValueFactory = _ => 1 };
        var command = new Command("tune", "Train a genome's individual weights, starting from its best shared weight and solving for offsets (the WANN paper's tuned weights); resumable.")
        {
            genome, optimizer, generations, population, seed, threads, output, episodes, sigma, startWeight, task, validation, selectEpisodes, selectCandidates, weightDecay, restarts,
        };
        var plugins = PluginOption.AddTo(command);
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            PluginOption.Load(parse, plugins);
            var settings = new TuneSettings(
                parse.GetValue(optimizer)!,
                parse.GetValue(generations),
                parse.GetValue(population),
                parse.GetValue(seed),
                parse.GetValue(episodes),
                parse.GetValue(sigma),
                parse.GetValue(threads),
                parse.GetValue(startWeight),
                parse.GetValue(validation),
                parse.GetValue(selectEpisodes),
                parse.GetValue(selectCandidates),
                parse.GetValue(weightDecay),
                parse.GetValue(restarts));
            if (settings.Problem() is string problem)
            {
                throw new UsageException($"--{problem}");
            }

            string path = parse.GetValue(genome)!;
            GenomeDocument document = GenomeSource.Load(path, parse.GetValue(task));
            WannTask wannTask = TaskRegistry.Get(document.Task);
            string target = parse.GetValue(output) ?? DefaultOutput(path);
            WeightTuner tuner;
            try
            {
                tuner = new WeightTuner(document, wannTask, settings);
            }
            catch (ArgumentException e)
            {
                throw new InputFileException($"{path}: {e.Message}", e);
            }

            string checkpoint = WeightTuner.CheckpointPathFor(target);
            AnsiConsole.MarkupLineInterpolated($"tuning {path}: task {wannTask.Name}, {tuner.Parameters} weights, {settings.Optimizer}, {settings.Episodes} episodes per candidate, {settings.Generations} generations{(settings.Restarts > 1 ? $" x {settings.Restarts} restarts" : string.Empty)}{(File.Exists(checkpoint) ? $" (resuming {checkpoint})" : string.Empty)}");
            int every = Math.Max(1, settings.Generations / 20);
            int total = settings.Restarts * settings.Generations;
            var clock = Stopwatch.StartNew();
            TuneResult result = tuner.Run(checkpoint, g =>
            {
                if (g.Generation % every == 0 || g.Generation == total)
                {
                    Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  generation {g.Generation}: mean's score {g.MeanScore:F1}, candidates {g.CandidateMean:F1} (best {g.CandidateBest:F1}), step {g.StepSize:G3}{(g.SelectedScore is double chosen ? $", selected {chosen:F1}" : string.Empty)}, {clock.Elapsed.TotalSeconds:F0} s"));
                }
            }, Interrupts.Token);
            if (!result.Completed)
            {
                Console.Error.WriteLine($"stopped after generation {result.History.Count}; run the same command again to resume from {checkpoint}.");
                return Task.FromResult(CliErrors.Interrupted);
            }

            GenomeFile.Write(target, result.Document);
            if (result.Validation is TuneValidation v)
            {
                string verdict = v.KeptTuned ? "kept the tuned weights" : "kept the start weight on every connection (tuning did not help on held-out episodes)";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  validation, {v.Episodes} held-out episodes: tuned {v.Tuned:F1}, start {v.Start:F1}: {verdict}"));
            }

            AnsiConsole.MarkupLineInterpolated($"tuned from shared weight {result.StartWeight.ToString("0.###", CultureInfo.InvariantCulture)} -> {target} ({clock.Elapsed.TotalSeconds:F0} s); score it with: wann eval {target} --own-weights --seed <a seed not used here>");
            return Task.FromResult(0);
        }));
        return command;
    }

    private static string DefaultOutput(string path)
    {
        string directory = Path.GetDirectoryName(path) ?? string.Empty;
        return Path.Combine(directory, Path.GetFileNameWithoutExtension(path) + ".tuned.json");
    }
}
