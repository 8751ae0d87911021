using System.Collections.Concurrent;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Files;

namespace Wann.Server;

/// <summary>
/// The runs under one folder: every sub-folder holding a metrics.csv or a champion.json (the folder
/// itself counts when it is a run). Runs are found again on every listing, so runs that are still going
/// appear and grow while the viewer is open.
/// </summary>
/// <remarks>Runs are addressed by folder name only, checked against the listing, so a URL can never reach
/// a file outside the runs folder.</remarks>
public sealed class RunCatalog
{
    private const string MetricsFile = "metrics.csv";
    private const string ChampionFile = "champion.json";
    private readonly ConcurrentDictionary<(string Run, DateTime Written), WeightProfile> _profiles = new();

    /// <summary>Creates a catalog of a folder.</summary>
    /// <param name="root">The runs folder.</param>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public RunCatalog(string root)
    {
        Root = Path.GetFullPath(root);
        if (!Directory.Exists(Root))
        {
            throw new DirectoryNotFoundException($"Runs folder {Root} does not exist.");
        }
    }

    /// <summary>Gets the runs folder.</summary>
    public string Root { get; }

    /// <summary>Lists the runs, sorted by name.</summary>
    /// <returns>The runs.</returns>
    public IReadOnlyList<RunSummary> List()
    {
        var runs = new List<RunSummary>();
        foreach (string folder in Folders())
        {
            runs.Add(Summarise(folder));
        }

        return runs;
    }

    /// <summary>Finds a run folder by name.</summary>
    /// <param name="name">The run's name from <see cref="List"/>.</param>
    /// <returns>The folder, or null when no run has that name.</returns>
    public string? Find(string name)
    {
        foreach (string folder in Folders())
        {
            if (string.Equals(NameOf(folder), name, StringComparison.Ordinal))
            {
                return folder;
            }
        }

        return null;
    }

    /// <summary>Reads a run's curves.</summary>
    /// <param name="folder">A run folder from <see cref="Find"/>.</param>
    /// <returns>The curves, or null before the first generation is written.</returns>
    public static RunMetrics? Metrics(string folder)
    {
        string path = Path.Combine(folder, MetricsFile);
        return IsPlainFile(path) ? RunMetrics.Read(path) : null;
    }

    /// <summary>Loads a run's champion.</summary>
    /// <param name="folder">A run folder from <see cref="Find"/>.</param>
    /// <returns>The champion and its task, or null before a champion exists.</returns>
    public static (GenomeDocument Document, WannTask Task)? Champion(string folder)
    {
        string path = Path.Combine(folder, ChampionFile);
        if (!IsPlainFile(path))
        {
            return null;
        }

        GenomeDocument document = GenomeSource.Load(path, null);
        return (document, TaskRegistry.Get(document.Task));
    }

    /// <summary>Gets the champion's weight profile, computed once per version of the champion file.</summary>
    /// <param name="folder">A run folder from <see cref="Find"/>.</param>
    /// <returns>The profile, or null before a champion exists.</returns>
    public WeightProfile? Profile(string folder)
    {
        string path = Path.Combine(folder, ChampionFile);
        if (Champion(folder) is not var (document, task))
        {
            return null;
        }

        return _profiles.GetOrAdd((folder, File.GetLastWriteTimeUtc(path)), _ => WeightProfile.Compute(document.Genome, task));
    }

    private IEnumerable<string> Folders()
    {
        if (IsRun(Root))
        {
            yield return Root;
        }

        foreach (string folder in Directory.EnumerateDirectories(Root).Order(StringComparer.Ordinal))
        {
            // Links are not followed: a symlink inside the runs folder must not expose what lies outside it.
            if (IsRun(folder) && !IsLink(folder))
            {
                yield return folder;
            }
        }
    }

    private static bool IsRun(string folder) =>
        IsPlainFile(Path.Combine(folder, MetricsFile)) || IsPlainFile(Path.Combine(folder, ChampionFile));

    private static bool IsPlainFile(string path) => FolderFiles.IsPlainFile(path);

    private static bool IsLink(string path) => FolderFiles.IsLink(path);

    private static string NameOf(string folder) => FolderFiles.NameOf(folder);

    private static RunSummary Summarise(string folder)
    {
        int generations = 0;
        try
        {
            string metrics = Path.Combine(folder, MetricsFile);
            if (IsPlainFile(metrics))
            {
                generations = Math.Max(0, File.ReadLines(metrics).Count() - 1);
            }

            if (Champion(folder) is var (document, _))
            {
                document.Scores.TryGetValue("validatedMean", out double score);
                return new RunSummary(NameOf(folder), document.Task, generations, score, document.Genome.EnabledConnectionCount);
            }
        }
        catch (Exception e) when (e is InputFileException or InvalidDataException or IOException or UnauthorizedAccessException or KeyNotFoundException or System.Text.Json.JsonException)
        {
            // A run being written or unreadable: list it without details rather than failing the whole listing.
        }

        return new RunSummary(NameOf(folder), null, generations, null, null);
    }
}
