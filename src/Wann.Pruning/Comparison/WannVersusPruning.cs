using Wann.Pruning.Data;
using Wann.Pruning.Studies;
using Wann.Files;

namespace Wann.Pruning.Comparison;

/// <summary>
/// Runs a comparison: each WANN champion's test accuracy (random shared weight, ensemble, tuned weight),
/// every requested pruning method trained down to each champion's connection count on the same 16×16
/// inputs, and the curves of earlier pruning studies.
/// </summary>
/// <remarks>
/// Matched runs: at-initialisation methods prune straight to count/total; iterative methods prune the
/// same fraction of all kept weights (global ranking) in each of <see cref="ComparisonSettings.MatchedRounds"/>
/// rounds, 1 − (count/total)^(1/rounds), so their last round lands on the count up to rounding.
/// </remarks>
public static class WannVersusPruning
{
    /// <summary>Runs the comparison.</summary>
    /// <param name="settings">What to compare.</param>
    /// <param name="train">Training images as the WANN sees them (16×16 deskewed).</param>
    /// <param name="test">Test images, the same way.</param>
    /// <param name="scorer">Scores the WANN champions (the engine's classification assessment).</param>
    /// <param name="progress">Called with a line per step; may be null.</param>
    /// <returns>The measurements.</returns>
    /// <exception cref="InputFileException">A genome is not a classification champion or a CSV is malformed.</exception>
    public static ComparisonResult Run(ComparisonSettings settings, DenseDataset train, DenseDataset test, IChampionScorer scorer, Action<string>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(scorer);
        var wann = new List<WannEntry>();
        foreach (string file in settings.WannGenomes)
        {
            WannScores report = scorer.Score(file, settings.Seed);
            wann.Add(new WannEntry(file, report));
            progress?.Invoke($"WANN {file}: {report.Connections} connections, ensemble {report.Ensemble:P1}, tuned {report.Tuned:P1}");
        }

        int[] sizes = [train.FeatureCount, .. settings.MatchedHidden, train.ClassCount];
        long total = 0;
        for (int l = 0; l + 1 < sizes.Length; l++)
        {
            total += (long)sizes[l] * sizes[l + 1];
        }

        var matched = new List<MatchedResult>();
        foreach (int count in wann.Select(w => w.Report.Connections).Distinct().Order())
        {
            double density = Math.Min(1.0, (double)count / total);
            foreach (PruningMethod method in settings.MatchedMethods)
            {
                bool iterative = method is PruningMethod.Magnitude or PruningMethod.Obd or PruningMethod.LotteryTicket;
                var study = new PruningStudySettings(
                    settings.Name,
                    method,
                    "mnist256",
                    settings.MatchedHidden,
                    settings.MatchedTraining,
                    Rounds: settings.MatchedRounds,
                    Rate: 1 - Math.Pow(density, 1.0 / settings.MatchedRounds),
                    GlobalScope: true,
                    Densities: [density],
                    Seed: settings.Seed);
                PruningPoint last = PruningStudy.Run(study, train, test).Last(p => p.Series == PruningStudy.NameOf(method));
                matched.Add(new MatchedResult(count, PruningStudy.NameOf(method), last.Remaining, last.TestAccuracy, last.Collapsed));
                progress?.Invoke($"{PruningStudy.NameOf(method)} at {count:N0} connections ({(iterative ? $"{settings.MatchedRounds} rounds" : "at initialisation")}): {last.Remaining:N0} kept, test accuracy {last.TestAccuracy:P1}");
            }
        }

        var curves = new List<(string, PruningPoint)>();
        foreach (string file in settings.PruningResults)
        {
            curves.AddRange(PruningCsv.Read(file).Select(p => (file, p)));
        }

        return new ComparisonResult(settings.Name, wann, matched, curves, total);
    }
}
