using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Runs;
using Wann.Core.Tasks;
using Wann.Files;
using Wann.Tuning;

namespace Wann.Studies;

/// <summary>
/// Runs every (arm, seed) of a study as an ordinary run folder (<c>STUDY/ARM/seed-N</c>), several at a time,
/// then assesses each champion on the study's fresh episodes. Running the same study again skips finished runs
/// and resumes interrupted ones from their checkpoints, so a kill at any moment loses nothing finished.
/// </summary>
/// <remarks>When the suite asks for tuning, a run is finished only once its champion's tuned weights are scored: a run
/// assessed earlier (a study that did not tune, or a kill during tuning) is tuned without re-running its evolution, and the
/// tune resumes from its own checkpoint (<c>tuned.json.checkpoint.json</c> in the run folder).</remarks>
/// <param name="suite">The study.</param>
/// <param name="folder">The study folder.</param>
/// <param name="parallelRuns">Runs at once (each on <paramref name="threadsPerRun"/> threads).</param>
/// <param name="threadsPerRun">Evaluation threads per run.</param>
/// <param name="cluster">Where the runs' genomes are scored instead of local threads (e.g. an Orleans cluster's
/// evaluator, shared by the parallel runs); <see langword="null"/>: each run on its own local threads. Results are
/// the same bit for bit either way.</param>
/// <param name="armsToRun">When set, only these arms' runs are run now (say, the most informative arm first, or one arm per
/// machine); the other arms' finished runs still count in the outputs. <see langword="null"/>: every arm.</param>
public sealed class StudyRunner(StudySuite suite, string folder, int parallelRuns, int threadsPerRun, IPopulationEvaluator? cluster = null, IReadOnlySet<string>? armsToRun = null)
{
    /// <summary>Gets the study folder's full path.</summary>
    public string Folder { get; } = Path.GetFullPath(folder);

    /// <summary>Gets how many runs this runner works on: every arm's, or the selected arms'.</summary>
    public int SelectedRunCount => suite.Configs.Count(c => Runs(c.Arm)) * suite.Seeds.Count;

    /// <summary>Whether this runner runs an arm (every arm, unless it was given some).</summary>
    /// <param name="arm">The arm's name.</param>
    /// <returns>True when the arm is run.</returns>
    public bool Runs(string arm) => armsToRun is null || armsToRun.Contains(arm);

    /// <summary>Gets the path of <c>runs.csv</c>.</summary>
    public string RunsPath => Path.Combine(Folder, "runs.csv");

    /// <summary>Gets the path of <c>timings.csv</c>: each finished run's wall time (see <see cref="RunTiming"/>).</summary>
    public string TimingsPath => Path.Combine(Folder, "timings.csv");

    /// <summary>Gets the run folder of an (arm, seed).</summary>
    /// <param name="arm">The arm.</param>
    /// <param name="seed">The seed.</param>
    /// <returns>The folder's path.</returns>
    public string RunFolder(string arm, ulong seed) => Path.Combine(Folder, arm, $"seed-{seed}");

    /// <summary>The file a run's tuned champion is written to, inside its run folder (studies that tune).</summary>
    public const string TunedGenomeFile = "tuned.json";

    /// <summary>Runs what is left of the study (of its selected arms, when the runner was given some).</summary>
    /// <param name="progress">Told when a run starts or finishes; its counts cover the selected arms' runs.</param>
    /// <param name="cancellationToken">Stops the runs between generations (each checkpoints).</param>
    /// <returns>Every finished run's outcome in arm then seed order, selected arms or not (all of them when every arm was
    /// selected and nothing cancelled).</returns>
    public async Task<IReadOnlyList<RunOutcome>> RunAsync(IProgress<StudyProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        if (File.Exists(Folder))
        {
            throw new InputFileException($"{Folder}: a file, where the study folder is expected (choose another --out).");
        }

        Directory.CreateDirectory(Folder);
        var jobs = new List<(int Order, string Arm, ExperimentConfig Config, string Folder)>();
        foreach ((string arm, ExperimentConfig config) in suite.Configs)
        {
            foreach (ulong seed in suite.Seeds)
            {
                jobs.Add((jobs.Count, arm, config with { Seed = seed }, RunFolder(arm, seed)));
            }
        }

        var outcomes = new RunOutcome?[jobs.Count];
        int selected = SelectedRunCount;
        int done = 0, running = 0;
        var gate = new object();
        void Report(string last)
        {
            lock (gate)
            {
                progress?.Report(new StudyProgress(done, running, selected - done - running, selected, last));
            }
        }

        foreach (var job in jobs)
        {
            if (RunOutcomeFile.Read(job.Folder) is RunOutcome finished && (suite.Tune is null || finished.TunedWeights is not null))
            {
                outcomes[job.Order] = finished;
                done += Runs(job.Arm) ? 1 : 0;
            }
        }

        Report($"{done} of {selected} runs already finished");
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelRuns), CancellationToken = CancellationToken.None };
        await Parallel.ForEachAsync(jobs.Where(j => outcomes[j.Order] is null && Runs(j.Arm)), options, async (job, _) =>
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return;
            }

            lock (gate)
            {
                running++;
            }

            Report($"{job.Arm} seed {job.Config.Seed} started");
            RunOutcome? outcome = await RunOneAsync(job.Arm, job.Config, job.Folder, cancellationToken).ConfigureAwait(false);
            lock (gate)
            {
                running--;
                if (outcome is not null)
                {
                    outcomes[job.Order] = outcome;
                    done++;
                }
            }

            Report($"{job.Arm} seed {job.Config.Seed} {(outcome is null ? "stopped (checkpointed)" : "done")}");
        }).ConfigureAwait(false);

        RunOutcome[] finishedRuns = [.. outcomes.Where(o => o is not null).Select(o => o!)];
        AtomicFile.WriteAllText(RunsPath, RunOutcomeFile.FormatCsv(finishedRuns, suite.Tune is not null, suite.Classification));
        AtomicFile.WriteAllText(TimingsPath, RunTiming.FormatCsv(finishedRuns.Select(o => (o, RunTiming.Read(RunFolder(o.Arm, o.Seed))))));
        return finishedRuns;
    }

    private async Task<RunOutcome?> RunOneAsync(string arm, ExperimentConfig config, string path, CancellationToken cancellationToken)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        RunOutcome? outcome = RunOutcomeFile.Read(path) ?? await EvolveAndAssessAsync(arm, config, path, cancellationToken).ConfigureAwait(false);
        if (outcome is not null && suite.Tune is not null && outcome.TunedWeights is null)
        {
            outcome = Tune(outcome, config, path, cancellationToken);
        }

        // Finished or stopped at a checkpoint alike, the session's time on this run counts (its work is kept).
        RunTiming.Add(path, clock.Elapsed.TotalSeconds);
        return outcome;
    }

    /// <summary>Tunes a finished run's champion and adds its score to the run's outcome; <see langword="null"/> when cancelled
    /// (the tune's checkpoint keeps every generation done).</summary>
    private RunOutcome? Tune(RunOutcome assessed, ExperimentConfig config, string path, CancellationToken cancellationToken)
    {
        var folder = new RunFolder(path);
        GenomeDocument champion = GenomeFile.Read(folder.ChampionPath);
        WannTask task = TaskRegistry.Get(config.Task);
        // The offsets start from the run's tuned shared weight, the one the assessment's sweep picked for Table 1's third
        // column (the paper tuned from its best shared weight): when the validation guard rejects the tuned weights, the
        // fourth column then scores that very weight instead of the champion's own best validated one, so it cannot fall
        // below the third merely because the two starting points differ.
        TuneSettings settings = suite.Tune! with { Seed = suite.Tune.Seed != 0 ? suite.Tune.Seed : config.Seed, Threads = threadsPerRun, StartWeight = assessed.TunedWeight };
        string output = Path.Combine(folder.Path, TunedGenomeFile);
        TuneResult result = new WeightTuner(champion, task, settings).Run(WeightTuner.CheckpointPathFor(output), cancellationToken: cancellationToken);
        if (!result.Completed)
        {
            return null;
        }

        GenomeFile.Write(output, result.Document);
        // Only the own-weights column is needed: no weight set, a one-point sweep (every mode plays the same episodes).
        var assessment = new AssessmentSettings(suite.Episodes, suite.AssessmentSeed, [], SweepPoints: 1, SweepEpisodes: 1, OwnWeights: true, Threads: threadsPerRun);
        AssessmentReport report = ChampionAssessment.Assess(result.Document.Genome, task, assessment);
        RunOutcome outcome = assessed with { TunedWeights = report.OwnWeights!.Mean };
        RunOutcomeFile.Write(folder.Path, outcome);
        return outcome;
    }

    private async Task<RunOutcome?> EvolveAndAssessAsync(string arm, ExperimentConfig config, string path, CancellationToken cancellationToken)
    {
        var folder = new RunFolder(path);
        using var local = new LocalPopulationEvaluator(threadsPerRun);
        IPopulationEvaluator evaluator = cluster ?? local;
        EvolutionRun run;
        if (File.Exists(folder.CheckpointPath))
        {
            run = EvolutionRun.ResumeFolder(folder, evaluator, checkpoint =>
            {
                if (ExperimentConfigLoader.ToJson(checkpoint.Config) != ExperimentConfigLoader.ToJson(config))
                {
                    throw new InputFileException($"{folder.CheckpointPath}: this run was made with another config than the study's arm '{arm}' now gives; move the folder away to run it again.");
                }

                return config;
            }, log: null);
        }
        else
        {
            run = EvolutionRun.InFolder(config, evaluator, folder, log: null);
        }

        using (run)
        {
            if (run.State.Generation < config.Generations)
            {
                await using Serilog.Core.Logger log = RunLog.Open(folder);
                run.Observers.Add(new RunLogObserver(log, folder.Path));
                RunStopped stopped = await run.RunAsync(cancellationToken).ConfigureAwait(false);
                if (!stopped.Completed)
                {
                    return null;
                }
            }

            Champion champion = run.State.Champion ?? throw new InvalidOperationException("A finished run has a champion.");
            WannTask task = TaskRegistry.Get(config.Task);
            var settings = new AssessmentSettings(suite.Episodes, suite.AssessmentSeed, config.Weights, Threads: threadsPerRun);
            RunOutcome outcome;
            if (task is ClassificationTask classification)
            {
                // The paper's MNIST table: test accuracy (%) with a random shared weight (Episodes draws), of the weight
                // set's vote, and at the weight tuned on training images; no random individual weights row.
                ClassificationReport c = ClassificationAssessment.Assess(champion.Genome, classification, settings);
                outcome = new RunOutcome(arm, config.Seed, run.State.Generation, run.State.Episodes, champion.ValidatedMean,
                    champion.Genome.EnabledConnectionCount, double.NaN, 100.0 * c.RandomShared.Mean, 100.0 * c.Tuned, c.TunedWeight, Ensemble: 100.0 * c.Ensemble);
            }
            else
            {
                AssessmentReport report = ChampionAssessment.Assess(champion.Genome, task, settings);
                outcome = new RunOutcome(arm, config.Seed, run.State.Generation, run.State.Episodes, champion.ValidatedMean,
                    champion.Genome.EnabledConnectionCount, report.RandomWeights.Mean, report.RandomShared.Mean, report.TunedShared.Mean, report.TunedWeight);
            }

            RunOutcomeFile.Write(folder.Path, outcome);
            return outcome;
        }
    }
}
