namespace Wann.Core.Tasks;

/// <summary>Thrown when a task name is registered twice in one catalog (one name must mean one thing everywhere).</summary>
public sealed class DuplicateTaskException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The name registered twice.</param>
    /// <param name="existing">A description of the entry already registered under the name.</param>
    public DuplicateTaskException(string name, string existing)
        : base($"Task '{name}' is registered twice: the catalog already holds '{name}' ({existing}). Rename one of them.")
    {
        Name = name;
    }

    /// <summary>Gets the duplicated name.</summary>
    public string Name { get; }
}
