using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Wann.Studies;
using Wann.Viewer.Plots;

namespace Wann.Cli.Commands;

/// <summary><c>wann study SUITE.json [--out DIR] [--arms A,B] [--parallel-runs N] [--threads N] [--cluster SPEC]</c>: runs every arm and seed of a
/// study as run folders (resumable), then writes runs.csv, summary.json, report.md and timings.csv.</summary>
internal static class StudyCommand
{
    public static Command Create()
    {
        var suitePath = new Argument<string>("suite") { Description = "A study suite (e.g. experiments/studies/ranking-ablation.json)." };
        var output = new Option<string?>("--out") { Description = "The study folder (default: runs/studies/<name>). Running again resumes it." };
        var parallel = new Option<int>("--parallel-runs") { Description = "Runs at once (default: 1; each uses --threads threads).", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads") { Description = "Threads per run (default: all cores divided among the parallel runs).", DefaultValueFactory = _ => 0 };
        var armsFlag = new Option<string?>("--arms") { Description = "Run only these arms now, comma-separated (e.g. the most informative first); the outputs cover every finished run." };
        var command = new Command("study", "Run a multi-seed study (arms x seeds) and report medians with 95% CIs, success rates and significance tests.")
        {
            suitePath, output, armsFlag, parallel, threads,
        };
        ClusterFlags cluster = ClusterFlags.AddTo(command, "Score the runs' genomes on the workers of a cluster (start them with `wann worker`); results are the same bit for bit.");
        command.SetAction((parse, _) => CliErrors.Guard(async () =>
        {
            Wann.Cluster.Hosting.ClusterSpec? clusterSpec = cluster.Resolve(parse);
            StudySuite suite = StudySuiteLoader.Load(parse.GetValue(suitePath)!);
            int runsAtOnce = parse.GetValue(parallel);
            if (runsAtOnce < 1 || runsAtOnce > FlagChecks.MaxThreads)
            {
                throw new UsageException($"--parallel-runs: found {runsAtOnce}, expected a whole number in [1, {FlagChecks.MaxThreads}].");
            }

            int perRun = parse.GetValue(threads);
            if (perRun < 0 || perRun > FlagChecks.MaxThreads)
            {
                throw new UsageException($"--threads: found {perRun}, expected 0 (share the cores) or a whole number up to {FlagChecks.MaxThreads}.");
            }

            perRun = perRun > 0 ? perRun : Math.Max(1, Environment.ProcessorCount / runsAtOnce);
            IReadOnlySet<string>? armsToRun = ParseArms(parse.GetValue(armsFlag), suite);
            string folder = parse.GetValue(output) ?? Path.Combine("runs", "studies", suite.Name);
            var coordinator = new Wann.Core.Evaluation.LocalPopulationEvaluator(perRun); // disposed by owner
            (Wann.Core.Evaluation.IPopulationEvaluator evaluator, IDisposable owner) = EvaluatorFactory.Create(coordinator, clusterSpec);
            using IDisposable ownerScope = owner;
            var runner = new StudyRunner(suite, folder, runsAtOnce, perRun, clusterSpec is null ? null : evaluator, armsToRun);
            int total = suite.Configs.Count * suite.Seeds.Count;
            string only = armsToRun is null ? "" : $" (now only {string.Join(", ", suite.Configs.Select(c => c.Arm).Where(runner.Runs))})";
            AnsiConsole.MarkupLineInterpolated($"[bold]wann study[/] {suite.Name}: {suite.Configs.Count} arms x {suite.Seeds.Count} seeds = {total} runs{only}, {runsAtOnce} at a time on {perRun} threads each; folder {runner.Folder}");

            var clock = Stopwatch.StartNew();
            int doneAtStart = -1;
            var progress = new Progress<StudyProgress>(p =>
            {
                doneAtStart = doneAtStart < 0 ? p.Done : doneAtStart;
                int doneNow = p.Done - doneAtStart;
                string eta = doneNow > 0 ? TimeSpan.FromSeconds(clock.Elapsed.TotalSeconds / doneNow * (p.Left + p.Running)).ToString(@"hh\:mm\:ss", CultureInfo.InvariantCulture) : "?";
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{clock.Elapsed:hh\\:mm\\:ss}] {p.Done}/{p.Total} done, {p.Running} running, {p.Left} left, ETA {eta}: {p.Last}"));
            });
            IReadOnlyList<RunOutcome> outcomes = await runner.RunAsync(progress, Interrupts.Token).ConfigureAwait(false);
            if (outcomes.Count > 0)
            {
                string report = StudyReport.Write(suite, runner.Folder, outcomes);
                Console.WriteLine();
                Console.WriteLine(report);
                var arms = suite.Configs
                    .Select(c => c.Arm)
                    .Where(arm => outcomes.Any(o => o.Arm == arm))
                    .Select(arm =>
                    {
                        RunOutcome[] runs = [.. outcomes.Where(o => o.Arm == arm)];
                        var metrics = suite.Metrics.ToDictionary(m => m, m => runs.Select(r => r.Metric(m)).ToArray());
                        return new StudyArmData(arm, metrics, [.. runs.Select(r => runner.RunFolder(arm, r.Seed))]);
                    })
                    .ToList();
                StudyPlots.Write(runner.Folder, arms, "randomShared");
            }

            AnsiConsole.MarkupLineInterpolated($"wrote {Path.Combine(runner.Folder, "runs.csv")}, summary.json, report.md, timings.csv and plots ({outcomes.Count} of {total} runs finished) in {clock.Elapsed.TotalSeconds:F0} s");
            if (outcomes.Count(o => runner.Runs(o.Arm)) < runner.SelectedRunCount)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]interrupted[/]: run the same command again to finish the study.");
                return CliErrors.Interrupted;
            }

            if (outcomes.Count < total)
            {
                AnsiConsole.MarkupLineInterpolated($"the selected arms are finished; run without --arms for the other {total - outcomes.Count} runs.");
            }

            return 0;
        }));
        return command;
    }

    // "a,b" -> the set of arm names, each checked against the suite so that a typo fails before any run starts.
    private static IReadOnlySet<string>? ParseArms(string? text, StudySuite suite)
    {
        if (text is null)
        {
            return null;
        }

        string[] known = [.. suite.Configs.Select(c => c.Arm)];
        var arms = new HashSet<string>(StringComparer.Ordinal);
        foreach (string arm in text.Split(',', StringSplitOptions.TrimEntries))
        {
            if (!known.Contains(arm, StringComparer.Ordinal))
            {
                throw new UsageException($"--arms: found '{arm}', expected arm names of {suite.File} separated by commas: {string.Join(", ", known)}.");
            }

            arms.Add(arm);
        }

        return arms;
    }
}
