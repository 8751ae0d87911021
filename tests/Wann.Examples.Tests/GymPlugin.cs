using Wann.Core.Plugins;
using Wann.Core.Tasks;
using Wann.Examples.Gym;

namespace Wann.Examples.Tests;

/// <summary>The example plug-in, loaded from its assembly file through <see cref="PluginLoader"/> as the console loads it.</summary>
internal static class GymPlugin
{
    /// <summary>Gets the plug-in assembly next to the tests.</summary>
    public static string AssemblyPath => typeof(GymTasks).Assembly.Location;

    /// <summary>Gets a catalog holding only the plug-in's tasks.</summary>
    public static TaskCatalog Catalog { get; } = Load();

    /// <summary>Gets the repository root (the folder holding Wann.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wann.sln")))
            {
                dir = dir.Parent;
            }

            return dir?.FullName ?? throw new DirectoryNotFoundException("Wann.sln not found above " + AppContext.BaseDirectory);
        }
    }

    /// <summary>Gets a plug-in task.</summary>
    /// <param name="name">pendulum or acrobot.</param>
    /// <returns>The task.</returns>
    public static ControlTask Task(string name) => (ControlTask)Catalog.Get(name);

    private static TaskCatalog Load()
    {
        var catalog = new TaskCatalog();
        PluginLoader.Load(AssemblyPath, catalog);
        return catalog;
    }
}
