namespace Wann.Core.Tasks;

/// <summary>Shorthand for <see cref="TaskCatalog.Default"/>, the catalog experiment configs name tasks from.</summary>
public static class TaskRegistry
{
    /// <summary>Gets the registered task names, sorted.</summary>
    public static IReadOnlyList<string> Names => TaskCatalog.Default.Names;

    /// <summary>Returns whether a task name is known.</summary>
    /// <param name="name">A task name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => TaskCatalog.Default.Contains(name);

    /// <summary>Gets a task by name.</summary>
    /// <param name="name">A task name.</param>
    /// <returns>The task (one shared instance per name).</returns>
    public static WannTask Get(string name) => TaskCatalog.Default.Get(name);
}
