using System.Globalization;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;
using Wann.Files;

namespace Wann.Tuning;

/// <summary>
/// Trains the individual connection weights of a fixed topology, as the WANN paper did for Table 1's fourth
/// column: every enabled connection's weight is w* + x_i, where w* is the genome's best shared weight and the
/// offsets x start at zero and are optimised (CMA-ES or PEPG) on the mean score over a few episodes.
/// </summary>
/// <remarks>
/// <para>Every candidate of a generation plays the same episodes (seeds Mix(seed, episodes stream, generation, i)):
/// common random numbers, so candidates are ranked on their weights rather than on their luck; the episodes change
/// every generation, so the weights cannot fit a fixed set of start states.</para>
/// <para>The weights written are the distribution's mean (what WANNTool saves too), not the best candidate ever
/// scored, whose score is the maximum of many noisy estimates. With <see cref="TuneSettings.SelectEpisodes"/> they are
/// instead the best of every generation's mean and best few candidates on one fixed set of selection episodes (WANNTool's
/// <c>best.json</c>, which keeps the best of its periodic evaluations of the mean).</para>
/// <para>A finished tune then plays held-out validation episodes with the tuned weights and with the start point (w* on every
/// connection) and keeps the tuned weights only when they score higher: training on a few dozen episodes per generation can
/// fit them and make a champion worse on fresh episodes.</para>
/// </remarks>
public sealed class WeightTuner
{
    /// <summary>The shared weights swept to pick w* when the genome file records no validated means.</summary>
    public static readonly IReadOnlyList<double> SweepWeights = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    /// <summary>Episodes per weight of that sweep.</summary>
    public const int SweepEpisodes = 100;

    private readonly GenomeDocument _document;
    private readonly TuneSettings _settings;
    private readonly CandidateScorer _scorer;

    /// <summary>Prepares a tune.</summary>
    /// <param name="document">The genome (its own weights are ignored: tuning starts from a shared weight).</param>
    /// <param name="task">The genome's task.</param>
    /// <param name="settings">The settings.</param>
    /// <exception cref="ArgumentException">The settings are unusable (the message says which) or the genome has no enabled connection.</exception>
    public WeightTuner(GenomeDocument document, WannTask task, TuneSettings settings)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(task);
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Problem() is string problem)
        {
            throw new ArgumentException(problem, nameof(settings));
        }

        if (document.Genome.EnabledConnectionCount == 0)
        {
            throw new ArgumentException("The genome has no enabled connection: there are no weights to tune.", nameof(document));
        }

        _document = document;
        _settings = settings;
        _scorer = new CandidateScorer(document.Genome, task, settings.Threads);
    }

    /// <summary>Gets the number of weights tuned (the genome's enabled connections).</summary>
    public int Parameters => _scorer.Parameters;

    /// <summary>Returns the path of the checkpoint kept beside an output genome.</summary>
    /// <param name="output">The output genome's path.</param>
    /// <returns>The checkpoint's path.</returns>
    public static string CheckpointPathFor(string output) => output + ".checkpoint.json";

    /// <summary>Picks w*: the settings' start weight, else the best validated mean the genome file records per weight, else the
    /// best mean of a sweep over <see cref="SweepWeights"/> on the tune's own sweep episodes.</summary>
    /// <returns>The start weight.</returns>
    public double StartWeight()
    {
        if (_settings.StartWeight is double given)
        {
            return given;
        }

        double best = double.NegativeInfinity;
        double? weight = null;
        foreach ((string key, double value) in _document.Scores.OrderBy(s => s.Key, StringComparer.Ordinal))
        {
            if (ChampionWeights.TryParseKey(key, out double w) && value > best)
            {
                best = value;
                weight = w;
            }
        }

        if (weight is double recorded)
        {
            return recorded;
        }

        ulong[] seeds = EpisodeSeeds(NoiseStreams.StartSweep, SweepEpisodes);
        int n = Parameters;
        var vectors = new double[SweepWeights.Count * n];
        for (int k = 0; k < SweepWeights.Count; k++)
        {
            vectors.AsSpan(k * n, n).Fill(SweepWeights[k]);
        }

        double[] means = _scorer.Score(vectors, seeds);
        int bestIndex = 0;
        for (int k = 1; k < means.Length; k++)
        {
            if (means[k] > means[bestIndex])
            {
                bestIndex = k;
            }
        }

        return SweepWeights[bestIndex];
    }

    /// <summary>Runs the tune, resuming from the checkpoint when one with the same settings exists.</summary>
    /// <param name="checkpointPath">Where the state is written after every generation; <see langword="null"/> for none.</param>
    /// <param name="progress">Told after every generation.</param>
    /// <param name="cancellationToken">Stops the tune between generations (the checkpoint holds everything done).</param>
    /// <returns>The tuned genome and the history.</returns>
    /// <exception cref="InputFileException">The checkpoint is unreadable or was made with other settings.</exception>
    public TuneResult Run(string? checkpointPath, Action<TuneGeneration>? progress = null, CancellationToken cancellationToken = default)
    {
        int n = Parameters;
        IWeightOptimizer optimizer = WeightOptimizers.Create(_settings.Optimizer, new OptimizerSettings(n, _settings.Population, _settings.Sigma));
        string identity = TuneCheckpoint.IdentityOf(_document, _settings, optimizer.PopulationSize);
        var history = new List<TuneGeneration>();
        var selected = new SelectedWeights(n);
        double start;
        TuneCheckpoint? saved = checkpointPath is null ? null : TuneCheckpoint.Read(checkpointPath);
        if (saved is not null)
        {
            if (saved.Identity != identity)
            {
                throw new InputFileException($"{checkpointPath}: this tune checkpoint was made with other settings ({saved.Identity}) than now ({identity}); give the same settings to resume it, or move it away to start afresh.");
            }

            try
            {
                optimizer.LoadState(saved.State);
            }
            catch (ArgumentException e)
            {
                throw new InputFileException($"{checkpointPath}: $.state: {e.Message}", e);
            }

            start = saved.StartWeight;
            history.AddRange(saved.History);
            if (saved.Selected is (double savedScore, double[] savedOffsets))
            {
                try
                {
                    selected.Restore(savedOffsets, savedScore);
                }
                catch (ArgumentException e)
                {
                    throw new InputFileException($"{checkpointPath}: $.selected: {e.Message}", e);
                }
            }
        }
        else
        {
            start = StartWeight();
        }

        int population = optimizer.PopulationSize;
        var candidates = new double[population * n];
        var weights = new double[(population + 1) * n];
        var seeds = new ulong[_settings.Episodes];
        ulong[]? selectSeeds = _settings.Selects ? EpisodeSeeds(NoiseStreams.Selection, _settings.SelectEpisodes) : null;
        int total = _settings.Restarts * _settings.Generations;
        while (history.Count < total && !cancellationToken.IsCancellationRequested)
        {
            // A finished search gives way to the next restart: a fresh optimiser from the same start, with its own noise and episodes.
            if (optimizer.Generation == _settings.Generations)
            {
                optimizer = WeightOptimizers.Create(_settings.Optimizer, new OptimizerSettings(n, _settings.Population, _settings.Sigma));
            }

            ulong searchSeed = SearchSeed(history.Count / _settings.Generations);
            int generation = optimizer.Generation;
            for (int i = 0; i < seeds.Length; i++)
            {
                seeds[i] = SeedMixer.Mix(searchSeed, NoiseStreams.Episodes, (ulong)generation, (ulong)i);
            }

            // The candidates, then the mean itself (scored for the progress report only; it does not steer the search).
            optimizer.Ask(searchSeed, candidates);
            for (int k = 0; k < population; k++)
            {
                for (int p = 0; p < n; p++)
                {
                    weights[(k * n) + p] = start + candidates[(k * n) + p];
                }
            }

            ReadOnlySpan<double> mean = optimizer.Mean;
            for (int p = 0; p < n; p++)
            {
                weights[(population * n) + p] = start + mean[p];
            }

            double[] scores = _scorer.Score(weights, seeds);
            double sum = 0.0, best = double.NegativeInfinity;
            for (int k = 0; k < population; k++)
            {
                sum += scores[k];
                best = Math.Max(best, scores[k]);
            }

            if (selectSeeds is not null)
            {
                Select(selected, selectSeeds, start, optimizer.Mean, candidates, scores.AsSpan(0, population));
            }

            // Last use of the raw scores (the record's sum and best, and the selection's order, are taken above).
            optimizer.Tell(Penalise(scores.AsSpan(0, population), candidates));
            var record = new TuneGeneration(history.Count + 1, sum / population, best, scores[population], optimizer.StepSize, selectSeeds is null ? null : selected.Score);
            history.Add(record);
            if (checkpointPath is not null)
            {
                new TuneCheckpoint(identity, start, optimizer.SaveState(), history, selected.Any ? (selected.Score, selected.Offsets.ToArray()) : null).Write(checkpointPath);
            }

            progress?.Invoke(record);
        }

        // The result: the best offsets on the selection episodes when the tune selects, else the distribution's mean.
        ReadOnlySpan<double> result = selected.Any ? selected.Offsets : optimizer.Mean;
        if (history.Count < total)
        {
            return new TuneResult(Tuned(start, result, history.Count, null, selected), start, history, false);
        }

        TuneValidation? validation = Validate(start, result);
        ReadOnlySpan<double> offsets = validation is { KeptTuned: false } ? new double[n] : result;
        return new TuneResult(Tuned(start, offsets, history.Count, validation, selected), start, history, true, validation);
    }

    /// <summary>The root seed of one search's candidate noise and training episodes: the tune's seed for the first (so a tune
    /// without restarts is unchanged), a derived one for each restart.</summary>
    private ulong SearchSeed(int restart) => restart == 0 ? _settings.Seed : SeedMixer.Mix(_settings.Seed, NoiseStreams.Restarts, (ulong)restart);

    /// <summary>Scores the mean and the generation's best candidates on the selection episodes and offers them to the record
    /// (the mean first, then the candidates best first, so ties go to the mean and then to the better-trained candidate).</summary>
    private void Select(SelectedWeights selected, ulong[] selectSeeds, double start, ReadOnlySpan<double> mean, ReadOnlySpan<double> candidates, ReadOnlySpan<double> scores)
    {
        int n = Parameters;
        int[] order = Ranking.BestFirst(scores);
        int count = 1 + Math.Min(_settings.SelectCandidates, order.Length);
        var weights = new double[count * n];
        for (int i = 0; i < count; i++)
        {
            ReadOnlySpan<double> offsets = i == 0 ? mean : candidates.Slice(order[i - 1] * n, n);
            for (int p = 0; p < n; p++)
            {
                weights[(i * n) + p] = start + offsets[p];
            }
        }

        double[] means = _scorer.Score(weights, selectSeeds);
        for (int i = 0; i < count; i++)
        {
            selected.Offer(i == 0 ? mean : candidates.Slice(order[i - 1] * n, n), means[i]);
        }
    }

    /// <summary>Turns the candidates' scores, in place, into the fitness the optimiser ranks on: each minus
    /// <see cref="TuneSettings.WeightDecay"/> times the candidate's squared offset norm (unchanged without decay).</summary>
    private Span<double> Penalise(Span<double> scores, ReadOnlySpan<double> candidates)
    {
        double decay = _settings.WeightDecay;
        if (decay > 0.0)
        {
            int n = Parameters;
            for (int k = 0; k < scores.Length; k++)
            {
                double squares = 0.0;
                foreach (double x in candidates.Slice(k * n, n))
                {
                    squares += x * x;
                }

                scores[k] -= decay * squares;
            }
        }

        return scores;
    }

    /// <summary>Scores the tuned weights and the start point on the held-out validation episodes (the same episodes for both).</summary>
    private TuneValidation? Validate(double start, ReadOnlySpan<double> offsets)
    {
        int episodes = _settings.ValidationEpisodes;
        if (episodes == 0)
        {
            return null;
        }

        ulong[] seeds = EpisodeSeeds(NoiseStreams.Validation, episodes);
        int n = Parameters;
        var weights = new double[2 * n];
        for (int p = 0; p < n; p++)
        {
            weights[p] = start + offsets[p];
            weights[n + p] = start;
        }

        double[] means = _scorer.Score(weights, seeds);

        // Ties keep the start: tuning that does not measurably help should not replace the network's shared weight.
        return new TuneValidation(episodes, means[0], means[1], means[0] > means[1]);
    }

    // A fixed set of episodes of one stream (the start sweep's, the validation's): episode i plays Mix(seed, stream, i).
    private ulong[] EpisodeSeeds(ulong stream, int count)
    {
        var seeds = new ulong[count];
        for (int i = 0; i < count; i++)
        {
            seeds[i] = SeedMixer.Mix(_settings.Seed, stream, (ulong)i);
        }

        return seeds;
    }

    private GenomeDocument Tuned(double start, ReadOnlySpan<double> offsets, int generations, TuneValidation? validation, SelectedWeights selected)
    {
        var connections = new List<ConnectionGene>(_document.Genome.Connections.Length);
        int index = 0;
        foreach (ConnectionGene c in _document.Genome.Connections)
        {
            connections.Add(c.Enabled ? c with { Weight = start + offsets[index++] } : c);
        }

        var scores = new Dictionary<string, double>
        {
            ["tuneStartWeight"] = start,
            ["tuneGenerations"] = generations,
        };
        if (selected.Any)
        {
            scores["tuneSelectEpisodes"] = _settings.SelectEpisodes;
            scores["tuneSelectScore"] = selected.Score;
        }

        if (validation is not null)
        {
            scores["tuneValidationEpisodes"] = validation.Episodes;
            scores["tuneValidationTuned"] = validation.Tuned;
            scores["tuneValidationStart"] = validation.Start;
            scores["tuneKeptTuned"] = validation.KeptTuned ? 1.0 : 0.0;
        }

        return new GenomeDocument(_document.Genome.WithConnections(connections), _document.Task, scores);
    }
}
