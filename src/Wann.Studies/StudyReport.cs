using System.Globalization;
using System.Text;
using System.Text.Json;
using Wann.Core.Persistence;
using Wann.Environments.Randomness;
using Wann.Statistics;
using Wann.Files;

namespace Wann.Studies;

/// <summary>
/// Summarises a study's runs: per arm and metric the distribution (median with a seeded bootstrap 95% CI, mean,
/// sd, quartiles, range), success rates with Wilson intervals, and between arms Mann-Whitney U with the
/// Vargha-Delaney A12 effect size, Wilcoxon signed-rank on the shared seeds, and Holm's correction across all
/// comparisons. Writes <c>summary.json</c> and <c>report.md</c>.
/// </summary>
public static class StudyReport
{
    private static readonly string[] Compared = ["randomShared", "tunedShared", "randomWeights", "connections"];

    /// <summary>Writes <c>summary.json</c> and <c>report.md</c> into the study folder.</summary>
    /// <param name="suite">The study.</param>
    /// <param name="folder">The study folder.</param>
    /// <param name="outcomes">The finished runs.</param>
    /// <returns>The report's Markdown.</returns>
    public static string Write(StudySuite suite, string folder, IReadOnlyList<RunOutcome> outcomes)
    {
        ArgumentNullException.ThrowIfNull(suite);
        ArgumentNullException.ThrowIfNull(outcomes);
        var arms = suite.Configs.Select(c => c.Arm).Where(a => outcomes.Any(o => o.Arm == a)).ToList();
        var md = new StringBuilder();
        md.Append("# Study ").Append(suite.Name).Append("\n\n");
        if (suite.Classification)
        {
            md.Append(CultureInfo.InvariantCulture, $"{outcomes.Count} finished runs ({suite.Seeds.Count} seeds per arm); champions assessed on the test images: accuracy (%) over {suite.Episodes} random shared weights, of the weight set's vote, and at the weight tuned on training images (assessment seed {suite.AssessmentSeed}). ");
        }
        else
        {
            md.Append(CultureInfo.InvariantCulture, $"{outcomes.Count} finished runs ({suite.Seeds.Count} seeds per arm); champions assessed on {suite.Episodes} fresh episodes per mode (assessment seed {suite.AssessmentSeed}). ");
        }
        md.Append("Cells: median [95% bootstrap CI] over seeds; mean ± sd below.\n\n");

        var summary = new Dictionary<string, object?>();
        md.Append("| arm | n |");
        foreach (string metric in suite.Metrics)
        {
            md.Append(' ').Append(metric).Append(" |");
        }

        md.Append("\n|---|---|").Append(string.Concat(Enumerable.Repeat("---|", suite.Metrics.Count))).Append('\n');
        foreach (string arm in arms)
        {
            RunOutcome[] runs = [.. outcomes.Where(o => o.Arm == arm)];
            var armSummary = new Dictionary<string, object?>();
            md.Append("| ").Append(arm).Append(" | ").Append(runs.Length).Append(" |");
            for (int m = 0; m < suite.Metrics.Count; m++)
            {
                string metric = suite.Metrics[m];
                double[] values = [.. runs.Select(r => r.Metric(metric))];
                Summary s = Summary.Of(values, SeedMixer.Mix(suite.AssessmentSeed, (ulong)arms.IndexOf(arm), (ulong)m));
                var entry = new Dictionary<string, object?>
                {
                    ["n"] = s.Count, ["median"] = s.Median, ["medianCi"] = new[] { s.MedianInterval.Lower, s.MedianInterval.Upper },
                    ["mean"] = s.Mean, ["meanCi"] = new[] { s.MeanInterval.Lower, s.MeanInterval.Upper }, ["sd"] = Finite(s.StandardDeviation),
                    ["q1"] = s.LowerQuartile, ["q3"] = s.UpperQuartile, ["min"] = s.Minimum, ["max"] = s.Maximum,
                };
                if (suite.Success.TryGetValue(metric, out double threshold))
                {
                    SuccessRate rate = SuccessRate.Wilson(values.Count(v => v >= threshold), values.Length);
                    entry["successThreshold"] = threshold;
                    entry["successes"] = rate.Successes;
                    entry["successRate"] = rate.Rate;
                    entry["successCi"] = new[] { rate.Interval.Lower, rate.Interval.Upper };
                }

                armSummary[metric] = entry;
                md.Append(CultureInfo.InvariantCulture, $" {s.Median:F1} [{s.MedianInterval.Lower:F1}, {s.MedianInterval.Upper:F1}]<br>{s.Mean:F1} ± {Finite(s.StandardDeviation) ?? 0:F1} |");
            }

            summary[arm] = armSummary;
            md.Append('\n');
        }

        if (suite.Published.Count > 0)
        {
            md.Append("| published |  |");
            foreach (string metric in suite.Metrics)
            {
                md.Append(suite.Published.TryGetValue(metric, out double p) ? string.Create(CultureInfo.InvariantCulture, $" {p:F1} |") : " |");
            }

            md.Append('\n');
        }

        if (suite.Success.Count > 0)
        {
            md.Append("\n## Success rates (Wilson 95% intervals)\n\n| arm | metric | threshold | successes | rate [95% CI] |\n|---|---|---|---|---|\n");
            foreach (string arm in arms)
            {
                foreach ((string metric, double threshold) in suite.Success)
                {
                    double[] values = [.. outcomes.Where(o => o.Arm == arm).Select(r => r.Metric(metric))];
                    SuccessRate rate = SuccessRate.Wilson(values.Count(v => v >= threshold), values.Length);
                    md.Append(CultureInfo.InvariantCulture, $"| {arm} | {metric} | ≥ {threshold:G} | {rate.Successes}/{rate.Trials} | {rate.Rate:P0} [{rate.Interval.Lower:P0}, {rate.Interval.Upper:P0}] |\n");
                }
            }
        }

        var comparisons = new List<Dictionary<string, object?>>();
        if (arms.Count > 1)
        {
            var rows = new List<(string A, string B, string Metric, MannWhitneyResult Mw, WilcoxonResult? W)>();
            for (int i = 0; i < arms.Count; i++)
            {
                for (int j = i + 1; j < arms.Count; j++)
                {
                    foreach (string metric in suite.Tune is null ? Compared : [.. Compared, StudySuiteLoader.TunedWeights])
                    {
                        RunOutcome[] a = [.. outcomes.Where(o => o.Arm == arms[i])];
                        RunOutcome[] b = [.. outcomes.Where(o => o.Arm == arms[j])];
                        MannWhitneyResult mw = MannWhitney.Test([.. a.Select(r => r.Metric(metric))], [.. b.Select(r => r.Metric(metric))]);
                        ulong[] shared = [.. a.Select(r => r.Seed).Intersect(b.Select(r => r.Seed)).Order()];
                        WilcoxonResult? w = null;
                        if (shared.Length >= 2)
                        {
                            double[] pa = [.. shared.Select(s => a.First(r => r.Seed == s).Metric(metric))];
                            double[] pb = [.. shared.Select(s => b.First(r => r.Seed == s).Metric(metric))];
                            w = pa.Zip(pb).Any(p => p.First != p.Second) ? WilcoxonSignedRank.Test(pa, pb) : null;
                        }

                        rows.Add((arms[i], arms[j], metric, mw, w));
                    }
                }
            }

            double[] holm = Holm.Adjust([.. rows.Select(r => r.Mw.PValue)]);
            md.Append("\n## Comparisons\n\nMann-Whitney U (two-sided; exact for small samples without ties), Holm-adjusted over all ")
                .Append(rows.Count).Append(" comparisons; A12 = P(first arm > second) + ½P(tie); Wilcoxon signed-rank on the seeds both arms ran.\n\n")
                .Append("| arms | metric | U | p | p (Holm) | A12 | effect | Wilcoxon p (paired) |\n|---|---|---|---|---|---|---|---|\n");
            for (int k = 0; k < rows.Count; k++)
            {
                var r = rows[k];
                md.Append(CultureInfo.InvariantCulture, $"| {r.A} vs {r.B} | {r.Metric} | {r.Mw.U:G} | {r.Mw.PValue:G3}{(r.Mw.IsExact ? " (exact)" : string.Empty)} | {holm[k]:G3} | {r.Mw.A12:F2} | {r.Mw.Magnitude.ToString().ToLowerInvariant()} | {(r.W is null ? "-" : r.W.PValue.ToString("G3", CultureInfo.InvariantCulture))} |\n");
                comparisons.Add(new Dictionary<string, object?>
                {
                    ["a"] = r.A, ["b"] = r.B, ["metric"] = r.Metric, ["u"] = r.Mw.U, ["p"] = r.Mw.PValue, ["exact"] = r.Mw.IsExact,
                    ["pHolm"] = holm[k], ["a12"] = r.Mw.A12, ["effect"] = r.Mw.Magnitude.ToString().ToLowerInvariant(), ["wilcoxonP"] = r.W?.PValue,
                });
            }
        }

        var document = new Dictionary<string, object?>
        {
            ["study"] = suite.Name, ["runs"] = outcomes.Count, ["seeds"] = suite.Seeds, ["episodes"] = suite.Episodes,
            ["arms"] = summary, ["published"] = suite.Published, ["comparisons"] = comparisons,
        };
        AtomicFile.WriteAllText(Path.Combine(folder, "summary.json"), JsonSerializer.Serialize(document, new JsonSerializerOptions { WriteIndented = true }) + "\n");
        string report = md.ToString();
        AtomicFile.WriteAllText(Path.Combine(folder, "report.md"), report);
        return report;
    }

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}
