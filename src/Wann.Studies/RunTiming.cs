using System.Globalization;
using System.Text.Json;
using CsvHelper;
using Wann.Files;

namespace Wann.Studies;

/// <summary>
/// The wall time a study spent on one run (evolution, assessment and tuning), summed over the study's sessions that
/// worked on it; kept in the run folder's <c>timing.json</c> and listed in the study's <c>timings.csv</c>.
/// </summary>
/// <remarks>Wall times vary from one session to the next, so they stay out of <c>runs.csv</c>, <c>summary.json</c> and
/// <c>report.md</c>, which a study stopped and started again writes byte for byte as one that never stopped. A session
/// ended by SIGKILL adds nothing: its time since the run's last checkpoint is lost with the work it did.</remarks>
/// <param name="WallSeconds">Seconds of wall time, summed over sessions.</param>
/// <param name="Sessions">How many study sessions worked on the run (more than 1 when it was resumed).</param>
public sealed record RunTiming(double WallSeconds, int Sessions)
{
    /// <summary>The file a run's timing is kept in, inside its run folder.</summary>
    public const string FileName = "timing.json";

    /// <summary>Reads a run's timing, or <see langword="null"/> when none was recorded (runs finished before timings
    /// were kept, or whose only session was killed).</summary>
    /// <param name="folder">The run folder.</param>
    /// <returns>The timing.</returns>
    /// <exception cref="InputFileException">The file exists but is not a timing.</exception>
    public static RunTiming? Read(string folder)
    {
        string path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<RunTiming>(File.ReadAllText(path)) ?? throw new InputFileException($"{path}: empty, expected a run's timing.");
        }
        catch (JsonException e)
        {
            throw new InputFileException($"{path}: not a run timing ({e.Message}); delete it (only timings.csv reads it).", e);
        }
    }

    /// <summary>Adds one session's seconds to a run's timing (written atomically).</summary>
    /// <param name="folder">The run folder.</param>
    /// <param name="seconds">The session's wall seconds on this run.</param>
    public static void Add(string folder, double seconds)
    {
        RunTiming before = Read(folder) ?? new RunTiming(0, 0);
        var after = new RunTiming(before.WallSeconds + seconds, before.Sessions + 1);
        AtomicFile.WriteAllText(Path.Combine(folder, FileName), JsonSerializer.Serialize(after) + "\n");
    }

    /// <summary>Formats <c>timings.csv</c>: arm, seed, wall seconds, sessions, search episodes and episodes per second of
    /// wall time, one row per finished run in arm then seed order (empty cells where no timing was recorded).</summary>
    /// <param name="runs">The finished runs with their timings.</param>
    /// <returns>The file's text.</returns>
    public static string FormatCsv(IEnumerable<(RunOutcome Outcome, RunTiming? Timing)> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (CsvWriter csv = CsvWriter.Create(text, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true))
        {
            csv.WriteRecord(["arm", "seed", "wallSeconds", "sessions", "episodes", "episodesPerSecond"]);
            foreach ((RunOutcome outcome, RunTiming? timing) in runs)
            {
                csv.WriteField(outcome.Arm);
                csv.WriteField(outcome.Seed, string.Empty);
                csv.WriteField(timing is null ? string.Empty : timing.WallSeconds.ToString("F1", CultureInfo.InvariantCulture));
                csv.WriteField(timing is null ? string.Empty : timing.Sessions.ToString(CultureInfo.InvariantCulture));
                csv.WriteField(outcome.Episodes, string.Empty);
                csv.WriteField(timing is null || timing.WallSeconds <= 0 ? string.Empty : (outcome.Episodes / timing.WallSeconds).ToString("F0", CultureInfo.InvariantCulture));
                csv.EndRecord();
            }

            csv.Flush();
        }

        return text.ToString();
    }
}
