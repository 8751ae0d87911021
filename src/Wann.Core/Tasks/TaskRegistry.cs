using Wann.Environments.PoleBalancing;
using Wann.Environments.SwingUp;

namespace Wann.Core.Tasks;

/// <summary>The tasks an experiment config can name.</summary>
public static class TaskRegistry
{
    private static readonly Dictionary<string, Lazy<WannTask>> Entries = new(StringComparer.Ordinal)
    {
        ["swingup"] = new(() => new ControlTask("swingup", CartPoleSwingUp.Name)),
        ["cartpole"] = new(() => new ControlTask("cartpole", CartPole.Name)),

        // WANN search balances for 1000 steps; the 100,000-step success test is the benchmark's, not the fitness.
        ["doublepole"] = new(() => new ControlTask("doublepole", DoublePole.CreateSpec(true, 1000), lanes => new DoublePole(lanes, velocities: true, 1000))),
        ["doublepole-novel"] = new(() => new GruauDampingTask("doublepole-novel")),

        // The benchmark's success criterion as fitness: steps balanced, up to 100,000 (NEAT's Markov protocol).
        ["doublepole-100k"] = new(() => new ControlTask("doublepole-100k", DoublePole.CreateSpec(true, 100_000), lanes => new DoublePole(lanes, velocities: true, 100_000))),
        ["mnist256"] = new(ClassificationTask.Mnist256),
        ["carracing"] = new(() => new CarRacingTask()),
        ["doublepole-novel-100k"] = new(() => new ControlTask("doublepole-novel-100k", DoublePole.CreateSpec(false, 100_000), lanes => new DoublePole(lanes, velocities: false, 100_000))),
    };

    /// <summary>Gets the registered task names, sorted.</summary>
    public static IReadOnlyList<string> Names => [.. Entries.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Returns whether a task name is known.</summary>
    /// <param name="name">A task name.</param>
    /// <returns>True when known.</returns>
    public static bool Contains(string name) => Entries.ContainsKey(name);

    /// <summary>Gets a task by name.</summary>
    /// <param name="name">A task name.</param>
    /// <returns>The task (one shared instance per name).</returns>
    public static WannTask Get(string name) =>
        Entries.TryGetValue(name, out var task)
            ? task.Value
            : throw new KeyNotFoundException($"Unknown task '{name}'. Known: {string.Join(", ", Names)}.");
}
