using System.Collections.Concurrent;

namespace Wann.Core.Tasks;

/// <summary>
/// The optional capabilities of a task, one per capability type: a replay (picture or animation), a
/// stop condition, a task-specific assessment, or any interface a plug-in defines. Commands ask a task for a
/// capability instead of testing its concrete type.
/// </summary>
/// <remarks>Capabilities may be added after registration (the viewer adds the built-in tasks' replays this
/// way, through the same call a plug-in uses). Safe to read and add from several threads.</remarks>
public sealed class TaskCapabilities
{
    private readonly ConcurrentDictionary<Type, object> _items = new();

    /// <summary>Adds or replaces the capability of type <typeparamref name="TCapability"/>.</summary>
    /// <typeparam name="TCapability">The capability's type (usually an interface).</typeparam>
    /// <param name="capability">The capability.</param>
    public void Set<TCapability>(TCapability capability)
        where TCapability : class
    {
        ArgumentNullException.ThrowIfNull(capability);
        _items[typeof(TCapability)] = capability;
    }

    /// <summary>Gets the capability of type <typeparamref name="TCapability"/>, or null when the task has none.</summary>
    /// <typeparam name="TCapability">The capability's type.</typeparam>
    /// <returns>The capability or null.</returns>
    public TCapability? Get<TCapability>()
        where TCapability : class =>
        _items.TryGetValue(typeof(TCapability), out object? item) ? (TCapability)item : null;

    /// <summary>Gets the types of the capabilities present, for listings.</summary>
    public IReadOnlyCollection<Type> Types => [.. _items.Keys];
}
