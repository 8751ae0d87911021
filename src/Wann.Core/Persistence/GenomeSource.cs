using Wann.Core.Plugins;
using Wann.Core.Tasks;
using Wann.Files;

namespace Wann.Core.Persistence;

/// <summary>Loads a genome from either of the formats Wann accepts: its own JSON or the WANN reference's <c>.out</c> matrix.</summary>
public static class GenomeSource
{
    /// <summary>Loads a genome file, telling the formats apart by content.</summary>
    /// <param name="path">The file.</param>
    /// <param name="task">The task; required for <c>.out</c> files (which do not name one), and when given for a
    /// JSON file it must match the task stored there.</param>
    /// <returns>The genome with its task.</returns>
    /// <exception cref="InputFileException">The file is missing or malformed, or the task is unknown or does not fit.</exception>
    public static GenomeDocument Load(string path, string? task)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such genome file.");
        }

        // A champion in a run folder: the run's plug-ins (its config.json) may define the task.
        try
        {
            PluginLoader.LoadForRunFolder(Path.GetDirectoryName(Path.GetFullPath(path))!);
        }
        catch (PluginLoadException e)
        {
            throw new InputFileException($"{path}: {e.Message}", e);
        }

        string text = File.ReadAllText(path);
        bool json = text.TrimStart().StartsWith('{');
        if (task is not null && !TaskRegistry.Contains(task))
        {
            throw new InputFileException($"--task: found \"{task}\", expected one of the tasks: {string.Join(", ", TaskRegistry.Names)}");
        }

        GenomeDocument document;
        if (json)
        {
            document = GenomeFile.Parse(text, path);
            if (task is not null && task != document.Task)
            {
                throw new InputFileException($"{path}: $.task: found \"{document.Task}\", but --task says \"{task}\".");
            }
        }
        else
        {
            if (task is null)
            {
                throw new InputFileException($"{path}: a WANN reference network (.out) does not name its task; give it with --task (one of: {string.Join(", ", TaskRegistry.Names)}).");
            }

            WannTask t = TaskRegistry.Get(task);
            document = new GenomeDocument(ReferenceNetworkFormat.Parse(text, path, t.InputCount, t.OutputCount), task, new Dictionary<string, double>());
        }

        if (!TaskRegistry.Contains(document.Task))
        {
            throw new InputFileException($"{path}: $.task: found \"{document.Task}\", expected one of the tasks: {string.Join(", ", TaskRegistry.Names)}");
        }

        WannTask resolved = TaskRegistry.Get(document.Task);
        if (resolved.InputCount != document.Genome.InputCount || resolved.OutputCount != document.Genome.OutputCount)
        {
            throw new InputFileException($"{path}: the genome has {document.Genome.InputCount} inputs and {document.Genome.OutputCount} outputs, but task {resolved.Name} has {resolved.InputCount} and {resolved.OutputCount}.");
        }

        return document;
    }
}
