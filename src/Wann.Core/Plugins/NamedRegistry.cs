namespace Wann.Core.Plugins;

/// <summary>
/// The storage behind every registry a plug-in can add to (search algorithms, rankings, mutation operators):
/// named factories with a one-line description, in registration order, safe to read while a plug-in
/// registers, and refusing a name twice.
/// </summary>
/// <typeparam name="TFactory">What a name maps to.</typeparam>
/// <param name="kind">What the entries are, for messages (e.g. "ranking strategy").</param>
/// <param name="builtIns">The built-in entries.</param>
internal sealed class NamedRegistry<TFactory>(string kind, IEnumerable<(string Name, string Description, TFactory Factory)> builtIns)
    where TFactory : class
{
    private readonly Lock _gate = new();
    private readonly List<(string Name, string Description, TFactory Factory)> _entries = [.. builtIns];

    /// <summary>Gets the names with their descriptions, in registration order.</summary>
    public IReadOnlyList<(string Name, string Description)> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _entries.Select(e => (e.Name, e.Description))];
            }
        }
    }

    /// <summary>Adds an entry.</summary>
    /// <param name="name">The name configs use.</param>
    /// <param name="description">A one-line description for messages.</param>
    /// <param name="factory">The factory.</param>
    /// <exception cref="ArgumentException">The name is empty or already registered.</exception>
    public void Register(string name, string description, TFactory factory)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(factory);
        lock (_gate)
        {
            if (_entries.Exists(e => e.Name == name))
            {
                throw new ArgumentException($"A {kind} named '{name}' is already registered; choose another name.", nameof(name));
            }

            _entries.Add((name, description, factory));
        }
    }

    /// <summary>Returns whether a name is registered.</summary>
    /// <param name="name">The name.</param>
    /// <returns>True when known.</returns>
    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _entries.Exists(e => e.Name == name);
        }
    }

    /// <summary>Gets a name's factory.</summary>
    /// <param name="name">The name.</param>
    /// <param name="parameter">The argument name for the exception.</param>
    /// <returns>The factory.</returns>
    /// <exception cref="ArgumentException">The name is unknown (the message lists the known ones).</exception>
    public TFactory Get(string name, string parameter)
    {
        lock (_gate)
        {
            foreach ((string Name, string Description, TFactory Factory) entry in _entries)
            {
                if (entry.Name == name)
                {
                    return entry.Factory;
                }
            }

            throw new ArgumentException($"Unknown {kind} '{name}'; known: {string.Join(", ", _entries.Select(e => e.Name))}.", parameter);
        }
    }
}
