using System.Globalization;
using System.Text;
using Wann.Core.Evolution;

namespace Wann.Core.Persistence;

/// <summary>
/// The files of one run: the resolved <c>config.json</c>, <c>metrics.csv</c> (one row per generation),
/// <c>champion.json</c> (best genome so far) and <c>bests.jsonl</c> (each generation's best genome).
/// Every file but the append-only <c>bests.jsonl</c> is replaced atomically, so a killed run leaves
/// readable files; <c>checkpoint.json</c> holds what <c>wann resume</c> needs.
/// </summary>
/// <remarks>Wall times go to the log, not to <c>metrics.csv</c>, so that a resumed run's metrics are
/// byte-identical to an uninterrupted run's.</remarks>
public sealed class RunFolder
{
    /// <summary>The header of <c>metrics.csv</c>.</summary>
    public const string MetricsHeader =
        "generation,episodes,best_mean,median_mean,average_mean,best_max,best_connections,median_connections,median_nodes,champion_mean,champion_connections,champion_generation,ranked_on";

    private readonly StringBuilder _metrics = new(MetricsHeader + "\n");

    /// <summary>Opens (creating if needed) a run folder.</summary>
    /// <param name="path">The folder.</param>
    public RunFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(Path);
    }

    /// <summary>Gets the folder's full path.</summary>
    public string Path { get; }

    /// <summary>Gets the path of the resolved config.</summary>
    public string ConfigPath => System.IO.Path.Combine(Path, "config.json");

    /// <summary>Gets the path of the metrics table.</summary>
    public string MetricsPath => System.IO.Path.Combine(Path, "metrics.csv");

    /// <summary>Gets the path of the champion.</summary>
    public string ChampionPath => System.IO.Path.Combine(Path, "champion.json");

    /// <summary>Gets the path of the per-generation bests.</summary>
    public string BestsPath => System.IO.Path.Combine(Path, "bests.jsonl");

    /// <summary>Gets the path of the checkpoint.</summary>
    public string CheckpointPath => System.IO.Path.Combine(Path, "checkpoint.json");

    /// <summary>Gets the metrics rows written so far (without the header), for checkpoints.</summary>
    public IReadOnlyList<string> MetricsRows => _metrics.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToArray();

    /// <summary>Restores the run folder to a checkpoint: metrics.csv gets exactly the checkpoint's rows and
    /// bests.jsonl keeps only the generations before the checkpoint (a killed run may have written more).</summary>
    /// <param name="metricsRows">The checkpoint's metrics rows.</param>
    /// <param name="generation">The checkpoint's next generation.</param>
    public void RestoreTo(IReadOnlyList<string> metricsRows, int generation)
    {
        _metrics.Clear().Append(MetricsHeader).Append('\n');
        foreach (string row in metricsRows)
        {
            _metrics.Append(row).Append('\n');
        }

        AtomicFile.WriteAllText(MetricsPath, _metrics.ToString());
        if (File.Exists(BestsPath))
        {
            var kept = new StringBuilder();
            foreach (string line in File.ReadAllLines(BestsPath))
            {
                if (BestLineGeneration(line) is int g && g < generation)
                {
                    kept.Append(line).Append('\n');
                }
            }

            AtomicFile.WriteAllText(BestsPath, kept.ToString());
        }
    }

    /// <summary>Gets the path of the log (compact JSON events).</summary>
    public string LogPath => System.IO.Path.Combine(Path, "log.clef");

    /// <summary>Formats one metrics row.</summary>
    /// <param name="r">The report.</param>
    /// <returns>The CSV line, without newline.</returns>
    public static string MetricsRow(GenerationReport r) => string.Join(',',
        r.Generation.ToString(CultureInfo.InvariantCulture),
        r.Episodes.ToString(CultureInfo.InvariantCulture),
        F(r.BestMean), F(r.MedianMean), F(r.AverageMean), F(r.BestMax),
        r.BestConnections.ToString(CultureInfo.InvariantCulture),
        F(r.MedianConnections), F(r.MedianNodes), F(r.ChampionMean),
        r.ChampionConnections.ToString(CultureInfo.InvariantCulture),
        r.ChampionGeneration.ToString(CultureInfo.InvariantCulture),
        r.RankedBy);

    /// <summary>Writes the resolved config.</summary>
    /// <param name="config">The config.</param>
    public void WriteConfig(ExperimentConfig config) => AtomicFile.WriteAllText(ConfigPath, ExperimentConfigLoader.ToJson(config));

    /// <summary>Adds a generation to <c>metrics.csv</c> (rewritten atomically).</summary>
    /// <param name="report">The generation's report.</param>
    public void AppendMetrics(GenerationReport report)
    {
        _metrics.Append(MetricsRow(report)).Append('\n');
        AtomicFile.WriteAllText(MetricsPath, _metrics.ToString());
    }

    /// <summary>Writes the champion (atomically).</summary>
    /// <param name="champion">The champion.</param>
    /// <param name="config">The run's config (for the task name and weights).</param>
    public void WriteChampion(Champion champion, ExperimentConfig config) =>
        GenomeFile.Write(ChampionPath, ChampionDocument(champion, config));

    /// <summary>Appends a generation's best genome as one JSON line.</summary>
    /// <param name="outcome">The generation's outcome.</param>
    /// <param name="config">The run's config.</param>
    public void AppendBest(GenerationOutcome outcome, ExperimentConfig config)
    {
        var scores = new Dictionary<string, double>
        {
            ["generation"] = outcome.Report.Generation,
            ["mean"] = outcome.BestFitness.Mean,
            ["max"] = outcome.BestFitness.Max,
        };
        string line = GenomeFile.ToJson(new GenomeDocument(outcome.Best, config.Task, scores), indented: false).TrimEnd('\n') + "\n";
        using var stream = new FileStream(BestsPath, FileMode.Append, FileAccess.Write, FileShare.Read);
        stream.Write(Encoding.UTF8.GetBytes(line));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Builds the champion's genome document: the genome plus its validated scores.</summary>
    /// <param name="champion">The champion.</param>
    /// <param name="config">The run's config.</param>
    /// <returns>The document.</returns>
    public static GenomeDocument ChampionDocument(Champion champion, ExperimentConfig config)
    {
        var scores = new Dictionary<string, double>
        {
            ["generation"] = champion.Generation,
            ["validatedMean"] = champion.ValidatedMean,
            ["searchMean"] = champion.SearchMean,
        };
        for (int i = 0; i < champion.ValidatedPerWeight.Count && i < config.Weights.Count; i++)
        {
            scores[$"validatedMean[w={config.Weights[i].ToString(CultureInfo.InvariantCulture)}]"] = champion.ValidatedPerWeight[i];
        }

        return new GenomeDocument(champion.Genome, config.Task, scores);
    }

    private static int? BestLineGeneration(string line)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(line);
            return (int)document.RootElement.GetProperty("scores").GetProperty("generation").GetDouble();
        }
        catch (System.Text.Json.JsonException)
        {
            return null; // a line cut short by a kill
        }
        catch (KeyNotFoundException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
