using System.Text.Json;

namespace Wann.Server;

/// <summary>
/// The studies under the viewer's folder: the folder itself and each sub-folder holding a study's
/// <c>summary.json</c> (what <c>wann study</c> writes beside <c>runs.csv</c>, <c>report.md</c> and its plots).
/// </summary>
/// <remarks>Studies and their plots are addressed by name only, checked against a fresh listing, and links are
/// not followed, so a URL can never reach a file outside the folder.</remarks>
internal sealed class StudyCatalog(string root)
{
    private const string SummaryFile = "summary.json";
    private const string ReportFile = "report.md";

    /// <summary>Lists the studies, sorted by folder name; an unreadable summary lists the study without details.</summary>
    public IReadOnlyList<StudySummary> List()
    {
        var studies = new List<StudySummary>();
        foreach (string folder in Folders())
        {
            studies.Add(Summarise(folder));
        }

        return studies;
    }

    /// <summary>Finds a study folder by its listed name, or null.</summary>
    public string? Find(string name)
    {
        foreach (string folder in Folders())
        {
            if (string.Equals(FolderFiles.NameOf(folder), name, StringComparison.Ordinal))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>The study's report.md path, or null when it has none.</summary>
    public static string? Report(string folder)
    {
        string path = Path.Combine(folder, ReportFile);
        return FolderFiles.IsPlainFile(path) ? path : null;
    }

    /// <summary>The path of one of the study's plots, or null when <paramref name="file"/> is not one of them.</summary>
    public static string? Plot(string folder, string file)
    {
        foreach (string plot in Plots(folder))
        {
            if (string.Equals(plot, file, StringComparison.Ordinal))
            {
                return Path.Combine(folder, plot);
            }
        }

        return null;
    }

    /// <summary>The plot files at the top of a study folder: every .svg, and every .png without an .svg of the same name.</summary>
    public static IReadOnlyList<string> Plots(string folder)
    {
        var svg = new SortedSet<string>(StringComparer.Ordinal);
        var png = new SortedSet<string>(StringComparer.Ordinal);
        foreach (string path in Directory.EnumerateFiles(folder))
        {
            if (!FolderFiles.IsPlainFile(path))
            {
                continue;
            }

            string name = Path.GetFileName(path);
            if (name.EndsWith(".svg", StringComparison.Ordinal))
            {
                svg.Add(name);
            }
            else if (name.EndsWith(".png", StringComparison.Ordinal))
            {
                png.Add(name);
            }
        }

        var plots = new List<string>(svg);
        foreach (string name in png)
        {
            if (!svg.Contains(Path.ChangeExtension(name, ".svg")))
            {
                plots.Add(name);
            }
        }

        plots.Sort(StringComparer.Ordinal);
        return plots;
    }

    private IEnumerable<string> Folders()
    {
        if (IsStudy(root))
        {
            yield return root;
        }

        foreach (string folder in Directory.EnumerateDirectories(root).Order(StringComparer.Ordinal))
        {
            if (IsStudy(folder) && !FolderFiles.IsLink(folder))
            {
                yield return folder;
            }
        }
    }

    private static bool IsStudy(string folder) => FolderFiles.IsPlainFile(Path.Combine(folder, SummaryFile));

    private static StudySummary Summarise(string folder)
    {
        string name = FolderFiles.NameOf(folder);
        bool hasReport = Report(folder) is not null;
        IReadOnlyList<string> plots = [];
        try
        {
            plots = Plots(folder);
            using JsonDocument summary = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder, SummaryFile)));
            JsonElement top = summary.RootElement;
            string? study = top.TryGetProperty("study", out JsonElement s) && s.ValueKind == JsonValueKind.String ? s.GetString() : null;
            int runs = top.TryGetProperty("runs", out JsonElement r) && r.TryGetInt32(out int n) ? n : 0;
            var arms = new List<string>();
            if (top.TryGetProperty("arms", out JsonElement a) && a.ValueKind == JsonValueKind.Object)
            {
                foreach (JsonProperty arm in a.EnumerateObject())
                {
                    arms.Add(arm.Name);
                }
            }

            return new StudySummary(name, study, runs, arms, hasReport, plots);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            // A summary being rewritten or unreadable: list the study without details rather than failing the list.
            return new StudySummary(name, null, 0, [], hasReport, plots);
        }
    }
}
