namespace Wann.Tuning;

/// <summary>How <see cref="WeightTuner"/> trains a genome's individual weights.</summary>
/// <param name="Optimizer">The optimiser's registry name (<see cref="WeightOptimizers"/>).</param>
/// <param name="Generations">Generations to run per search (a resumed tune runs up to this many in total per search).</param>
/// <param name="Population">Candidates per generation; 0 for the optimiser's default.</param>
/// <param name="Seed">Root of every random stream (candidate noise, training episodes, the start-weight sweep).</param>
/// <param name="Episodes">Episodes per candidate; its fitness is their mean.</param>
/// <param name="Sigma">The optimiser's initial step size on the weight offsets.</param>
/// <param name="Threads">Worker threads; 0 for all cores. Results do not depend on it.</param>
/// <param name="StartWeight">The shared weight the offsets start from; <see langword="null"/>: the best of the genome's
/// validated means per weight, or, when the file has none (a reference <c>.out</c>), the best of a sweep over the weight set.</param>
/// <param name="ValidationEpisodes">Held-out episodes (a seed stream training never plays) on which the tuned weights must beat the
/// start point, w* on every connection, to be kept; 0 keeps the tuned weights unchecked.</param>
/// <param name="SelectEpisodes">Fixed selection episodes (their own seed stream) on which, every generation, the mean and the
/// <paramref name="SelectCandidates"/> best candidates are scored; the tune's result is then the best-scoring offsets ever seen
/// there instead of the final mean (as WANNTool keeps its best evaluated parameters). 0: the result is the final mean.</param>
/// <param name="SelectCandidates">How many of a generation's best candidates (by training score) join the mean on the selection
/// episodes; 0 scores the mean alone. Used only when <paramref name="SelectEpisodes"/> is above 0.</param>
/// <param name="WeightDecay">L2 penalty on the offsets in the optimiser's ranking: a candidate is ranked on its mean score minus
/// this times the sum of its squared offsets (reported scores are not penalised). It stops the mean drifting along flat
/// directions of saturated nodes. 0: no penalty.</param>
/// <param name="Restarts">Independent searches run one after another from the same start, each <paramref name="Generations"/>
/// long with its own candidate noise and training episodes; the result is the best offsets any of them showed on the selection
/// episodes, so more than one needs <paramref name="SelectEpisodes"/> above 0.</param>
public sealed record TuneSettings(
    string Optimizer = WeightOptimizers.Default,
    int Generations = TuneSettings.DefaultGenerations,
    int Population = TuneSettings.DefaultPopulation,
    ulong Seed = 1,
    int Episodes = TuneSettings.DefaultEpisodes,
    double Sigma = TuneSettings.DefaultSigma,
    int Threads = 0,
    double? StartWeight = null,
    int ValidationEpisodes = TuneSettings.DefaultValidationEpisodes,
    int SelectEpisodes = 0,
    int SelectCandidates = TuneSettings.DefaultSelectCandidates,
    double WeightDecay = 0.0,
    int Restarts = 1)
{
    // The defaults tune the WANN reference's swing-up champion (52 weights) to about 912 over 100 fresh episodes in 1.5 to
    // 3 minutes on 2 cores (README, Results); fewer episodes per candidate give brittle weights (sd 40 to 140 instead of 9).

    /// <summary>Default generations (per restart).</summary>
    public const int DefaultGenerations = 300;

    /// <summary>Default candidates per generation.</summary>
    public const int DefaultPopulation = 48;

    /// <summary>Default episodes per candidate.</summary>
    public const int DefaultEpisodes = 32;

    /// <summary>Default initial step size (WANNTool's <c>--sigma_init 0.5</c>).</summary>
    public const double DefaultSigma = 0.5;

    /// <summary>Default held-out validation episodes (as many as <c>wann eval</c> plays per mode).</summary>
    public const int DefaultValidationEpisodes = 100;

    /// <summary>Default number of a generation's best candidates scored on the selection episodes beside the mean.</summary>
    public const int DefaultSelectCandidates = 4;

    /// <summary>Gets whether the result is chosen on selection episodes (<see cref="SelectEpisodes"/> above 0).</summary>
    public bool Selects => SelectEpisodes > 0;

    /// <summary>Returns the first problem with the settings, or <see langword="null"/> when they are usable.</summary>
    /// <returns>A message naming the setting and what was expected.</returns>
    public string? Problem()
    {
        if (!WeightOptimizers.Contains(Optimizer))
        {
            return $"optimizer: found \"{Optimizer}\", expected one of: {string.Join(", ", WeightOptimizers.All.Select(o => o.Name))}.";
        }

        if (Generations < 1 || Generations > 1_000_000)
        {
            return $"generations: found {Generations}, expected a whole number from 1 to 1000000.";
        }

        if (Population != 0 && (Population < 4 || Population > 100_000))
        {
            return $"population: found {Population}, expected 0 (the optimiser's default) or a whole number from 4 to 100000.";
        }

        if (Optimizer == Pepg.Name && Population % 2 != 0)
        {
            return $"population: found {Population}, expected an even number (pepg samples in +/- pairs).";
        }

        if (Episodes < 1 || Episodes > 100_000)
        {
            return $"episodes: found {Episodes}, expected a whole number from 1 to 100000.";
        }

        if (!double.IsFinite(Sigma) || Sigma <= 0.0 || Sigma > 100.0)
        {
            return $"sigma: found {Sigma}, expected a number in (0, 100].";
        }

        if (Threads < 0)
        {
            return $"threads: found {Threads}, expected 0 (all cores) or more.";
        }

        if (ValidationEpisodes < 0 || ValidationEpisodes > 100_000)
        {
            return $"validation-episodes: found {ValidationEpisodes}, expected 0 (no validation) or a whole number up to 100000.";
        }

        if (SelectEpisodes < 0 || SelectEpisodes > 100_000)
        {
            return $"select-episodes: found {SelectEpisodes}, expected 0 (the result is the final mean) or a whole number up to 100000.";
        }

        if (SelectCandidates < 0 || SelectCandidates > 1_000)
        {
            return $"select-candidates: found {SelectCandidates}, expected a whole number from 0 to 1000 (more than the population scores every candidate).";
        }

        if (!double.IsFinite(WeightDecay) || WeightDecay < 0.0 || WeightDecay > 1_000.0)
        {
            return $"weight-decay: found {WeightDecay}, expected a number from 0 to 1000.";
        }

        if (Restarts < 1 || Restarts > 1_000)
        {
            return $"restarts: found {Restarts}, expected a whole number from 1 to 1000.";
        }

        if (Restarts > 1 && !Selects)
        {
            return $"restarts: found {Restarts}, but restarts are chosen between on the selection episodes: give select-episodes above 0 too.";
        }

        if ((long)Restarts * Generations > 1_000_000)
        {
            return $"restarts: {Restarts} restarts of {Generations} generations make more than 1000000 generations in all.";
        }

        if (StartWeight is double w && !double.IsFinite(w))
        {
            return $"start weight: found {w}, expected a finite number.";
        }

        return null;
    }
}
