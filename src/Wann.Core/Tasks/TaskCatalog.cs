namespace Wann.Core.Tasks;

/// <summary>
/// The open catalog of tasks: every name an experiment config, a genome file or a command can use, with
/// its observation and action spaces, episode limit, reward threshold and capabilities (all on
/// <see cref="WannTask"/>). Built-in tasks register through <see cref="Register"/> like any plug-in's.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> is the catalog the engine and the <c>wann</c> console use; it starts with the
/// built-in tasks (<see cref="BuiltInTasks"/>) and plug-ins add theirs (see <c>PluginLoader</c>). A name is
/// registered once: a second registration throws <see cref="DuplicateTaskException"/>.</para>
/// <para>Registration and lookup are thread-safe; lookups are not on a hot path (once per generation).</para>
/// </remarks>
public sealed class TaskCatalog
{
    private static readonly Lazy<TaskCatalog> DefaultInstance = new(CreateWithBuiltIns);
    private readonly Dictionary<string, WannTask> _tasks = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Gets the process-wide catalog: the built-in tasks plus every task plug-ins registered.</summary>
    public static TaskCatalog Default => DefaultInstance.Value;

    /// <summary>Gets the registered names, sorted.</summary>
    public IReadOnlyList<string> Names
    {
        get
        {
            lock (_gate)
            {
                return [.. _tasks.Keys.Order(StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Gets the registered tasks, sorted by name.</summary>
    public IReadOnlyList<WannTask> Tasks
    {
        get
        {
            lock (_gate)
            {
                return [.. _tasks.Values.OrderBy(t => t.Name, StringComparer.Ordinal)];
            }
        }
    }

    /// <summary>Creates a catalog holding the built-in tasks.</summary>
    /// <returns>The catalog.</returns>
    public static TaskCatalog CreateWithBuiltIns()
    {
        var catalog = new TaskCatalog();
        BuiltInTasks.Register(catalog);
        return catalog;
    }

    /// <summary>Registers a task under its <see cref="WannTask.Name"/>.</summary>
    /// <param name="task">The task.</param>
    /// <exception cref="DuplicateTaskException">A task of that name is already registered.</exception>
    /// <exception cref="ArgumentException">The task's name is empty or its spaces do not fit its network inputs and outputs.</exception>
    public void Register(WannTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        if (string.IsNullOrWhiteSpace(task.Name))
        {
            throw new ArgumentException($"A task of type {task.GetType().FullName} has no name.", nameof(task));
        }

        task.CheckConsistent();
        lock (_gate)
        {
            if (_tasks.TryGetValue(task.Name, out WannTask? existing))
            {
                throw new DuplicateTaskException(task.Name, $"{existing.GetType().FullName} from {existing.GetType().Assembly.GetName().Name}");
            }

            _tasks.Add(task.Name, task);
        }
    }

    /// <summary>Returns whether a task name is registered.</summary>
    /// <param name="name">A task name.</param>
    /// <returns>True when registered.</returns>
    public bool Contains(string name)
    {
        lock (_gate)
        {
            return _tasks.ContainsKey(name);
        }
    }

    /// <summary>Looks a task up.</summary>
    /// <param name="name">A task name.</param>
    /// <param name="task">The task, when found.</param>
    /// <returns>True when found.</returns>
    public bool TryGet(string name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out WannTask? task)
    {
        lock (_gate)
        {
            return _tasks.TryGetValue(name, out task);
        }
    }

    /// <summary>Gets a task by name.</summary>
    /// <param name="name">A task name.</param>
    /// <returns>The task (one shared instance per name).</returns>
    /// <exception cref="KeyNotFoundException">No task has that name; the message lists the known ones.</exception>
    public WannTask Get(string name) =>
        TryGet(name, out WannTask? task)
            ? task
            : throw new KeyNotFoundException($"Unknown task '{name}'. Known: {string.Join(", ", Names)}.");
}
