using Wann.Core.Plugins;
using Wann.Core.Tasks;

namespace Wann.Examples.Gym;

/// <summary>
/// The plug-in's entry point: registers Gymnasium's Pendulum-v1 as <c>pendulum</c> and Acrobot-v1 as <c>acrobot</c>,
/// each with a CSV trace replay. The <c>wann</c> console creates this class when a config's <c>"plugins"</c> names
/// this assembly.
/// </summary>
public sealed class GymTasks : IWannPlugin
{
    /// <inheritdoc/>
    public void Register(TaskCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);

        // Continuous torque: the default decoder clips the one output to [-2, 2]. Gymnasium has no threshold for
        // Pendulum-v1; around -150 to -200 is the usual "solved".
        var pendulum = new ControlTask(Pendulum.Name, Pendulum.CreateSpec(), lanes => new Pendulum(lanes)) { RewardThreshold = -200 };
        pendulum.Capabilities.Set<IReplayCapability>(new ObservationTraceReplay());
        catalog.Register(pendulum);

        // Discrete(3): the default decoder gives the network three outputs and takes the argmax (first max wins).
        var acrobot = new ControlTask(Acrobot.Name, Acrobot.CreateSpec(), lanes => new Acrobot(lanes)) { RewardThreshold = Acrobot.RewardThreshold };
        acrobot.Capabilities.Set<IReplayCapability>(new ObservationTraceReplay());
        catalog.Register(acrobot);
    }
}
