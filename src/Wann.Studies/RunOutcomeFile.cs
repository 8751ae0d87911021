using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Studies;

/// <summary>Reads and writes a run's <c>assessment.json</c> (its <see cref="RunOutcome"/>) and the study's <c>runs.csv</c>.</summary>
public static class RunOutcomeFile
{
    /// <summary>The file a finished run's outcome is kept in, inside its run folder.</summary>
    public const string FileName = "assessment.json";

    // NaN marks a mode a task does not have (random individual weights on a classification task).
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true, NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals };

    /// <summary>Writes an outcome atomically: a run is finished exactly when this file exists.</summary>
    /// <param name="folder">The run folder.</param>
    /// <param name="outcome">The outcome.</param>
    public static void Write(string folder, RunOutcome outcome) =>
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(outcome, Json) + "\n");

    /// <summary>Reads an outcome, or <see langword="null"/> when the run has not finished.</summary>
    /// <param name="folder">The run folder.</param>
    /// <returns>The outcome.</returns>
    /// <exception cref="InputFileException">The file exists but cannot be read.</exception>
    public static RunOutcome? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunOutcome>(File.ReadAllText(path), Json) ?? throw new InputFileException($"{path}: empty, expected a run's assessment.");
        }
        catch (JsonException e)
        {
            throw new InputFileException($"{path}: not a run assessment ({e.Message}); delete it to assess the run again.", e);
        }
    }

    /// <summary>Formats <c>runs.csv</c>: one row per finished run, in arm then seed order (no wall times, so a study
    /// stopped and started again writes the same bytes as one that never stopped).</summary>
    /// <param name="outcomes">The outcomes, in order.</param>
    /// <param name="tuned">Whether to add the <c>tunedWeights</c> column (studies that tune).</param>
    /// <param name="ensemble">Whether to add the <c>ensemble</c> column (studies on a classification task).</param>
    /// <returns>The file's text.</returns>
    public static string FormatCsv(IEnumerable<RunOutcome> outcomes, bool tuned = false, bool ensemble = false)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (CsvWriter csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            string[] header = ["arm", "seed", "generations", "episodes", "championValidated", "connections", "randomWeights", "randomShared", "tunedShared", "tunedWeight"];
            csv.WriteRecord([.. header, .. tuned ? [StudySuiteLoader.TunedWeights] : Array.Empty<string>(), .. ensemble ? [StudySuiteLoader.Ensemble] : Array.Empty<string>()]);
            foreach (RunOutcome o in outcomes)
            {
                csv.WriteField(o.Arm);
                csv.WriteField(o.Seed, string.Empty);
                csv.WriteField(o.Generations, string.Empty);
                csv.WriteField(o.Episodes, string.Empty);
                csv.WriteField(o.ChampionValidated, "R");
                csv.WriteField(o.Connections, string.Empty);
                csv.WriteField(o.RandomWeights, "R");
                csv.WriteField(o.RandomShared, "R");
                csv.WriteField(o.TunedShared, "R");
                csv.WriteField(o.TunedWeight, "R");
                if (tuned)
                {
                    csv.WriteField(o.TunedWeights ?? double.NaN, "R");
                }

                if (ensemble)
                {
                    csv.WriteField(o.Ensemble ?? double.NaN, "R");
                }

                csv.EndRecord();
            }

            csv.Flush();
        }

        return text.ToString();
    }
}
