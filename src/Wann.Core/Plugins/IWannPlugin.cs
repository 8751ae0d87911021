using Wann.Core.Tasks;

namespace Wann.Core.Plugins;

/// <summary>
/// The entry point of a plug-in assembly: every public, non-abstract class implementing this interface with a
/// parameterless constructor is created once when the assembly is loaded, and registers its tasks (and their
/// capabilities) in the catalog it is given — the same <see cref="TaskCatalog.Register"/> the built-in tasks use.
/// </summary>
/// <example>
/// <code>
/// public sealed class MyTasks : IWannPlugin
/// {
///     public void Register(TaskCatalog catalog) =&gt;
///         catalog.Register(new ControlTask("pendulum", Pendulum.CreateSpec(), lanes =&gt; new Pendulum(lanes)) { RewardThreshold = -200 });
/// }
/// </code>
/// An experiment config then names the assembly: <c>"plugins": ["../plugins/MyTasks.dll"]</c> (relative to the config file).
/// </example>
public interface IWannPlugin
{
    /// <summary>Registers the plug-in's tasks.</summary>
    /// <param name="catalog">The catalog to register into (<see cref="TaskCatalog.Default"/> for the <c>wann</c> console).</param>
    void Register(TaskCatalog catalog);
}
