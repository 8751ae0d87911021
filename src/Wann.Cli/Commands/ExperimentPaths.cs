namespace Wann.Cli.Commands;

/// <summary>Finds the repository's <c>experiments/</c> folder for default configs.</summary>
internal static class ExperimentPaths
{
    /// <summary>Resolves the default experiment: <c>experiments/swingup.json</c> in the current folder, else in the
    /// repository the program was built from.</summary>
    /// <param name="fileName">The config file name.</param>
    /// <returns>The path (which may not exist; the loader says so).</returns>
    public static string Default(string fileName)
    {
        string local = Path.Combine("experiments", fileName);
        if (File.Exists(local))
        {
            return local;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            string candidate = Path.Combine(dir.FullName, "experiments", fileName);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return local;
    }
}
