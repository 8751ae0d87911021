using System.Globalization;
using System.Text;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Files;

namespace Wann.Core.Persistence;

/// <summary>
/// The files of one run: the resolved <c>config.json</c>, <c>metrics.csv</c> (one row per generation,
/// appended), <c>champion.json</c> (best genome so far) and <c>bests.jsonl</c> (each generation's best
/// genome, appended). The other files are replaced atomically, so a killed run leaves readable files;
/// <c>checkpoint.json</c> holds what <c>wann resume</c> needs, including the metrics rows it restores.
/// </summary>
/// <remarks>Wall times go to the log, not to <c>metrics.csv</c>, so that a resumed run's metrics are
/// byte-identical to an uninterrupted run's.</remarks>
public sealed class RunFolder
{
    private readonly List<string> _metricsRows = [];

    /// <summary>Opens (creating if needed) a run folder.</summary>
    /// <param name="path">The folder.</param>
    public RunFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        if (File.Exists(Path))
        {
            throw new InputFileException($"{Path}: a file, where a run folder is expected (choose another --out).");
        }

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
    public IReadOnlyList<string> MetricsRows => _metricsRows;

    /// <summary>Restores the run folder to a checkpoint: metrics.csv gets exactly the checkpoint's rows and
    /// bests.jsonl keeps only the generations before the checkpoint (a killed run may have written more).</summary>
    /// <param name="metricsRows">The checkpoint's metrics rows.</param>
    /// <param name="generation">The checkpoint's next generation.</param>
    public void RestoreTo(IReadOnlyList<string> metricsRows, int generation)
    {
        ArgumentNullException.ThrowIfNull(metricsRows);
        _metricsRows.Clear();
        _metricsRows.AddRange(metricsRows);
        AtomicFile.WriteAllText(MetricsPath, MetricsCsv.FormatFile(_metricsRows));
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

    /// <summary>Writes the resolved config.</summary>
    /// <param name="config">The config.</param>
    public void WriteConfig(ExperimentConfig config) => AtomicFile.WriteAllText(ConfigPath, ExperimentConfigLoader.ToJson(config));

    /// <summary>Appends a generation to <c>metrics.csv</c> (the file starts with its header).</summary>
    /// <param name="report">The generation's report.</param>
    public void AppendMetrics(GenerationReport report)
    {
        // A run starts its file with RestoreTo (EvolutionRun does), so stale rows of a killed run are gone by now.
        string row = MetricsCsv.FormatRow(report);
        MetricsCsv.Append(MetricsPath, row);
        _metricsRows.Add(row);
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
        IReadOnlyList<double> validated = GenerationWeights.ForValidation(config);
        for (int i = 0; i < champion.ValidatedPerWeight.Count && i < validated.Count; i++)
        {
            scores[ChampionWeights.KeyOf(validated[i])] = champion.ValidatedPerWeight[i];
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
