using Wann.Environments.Spaces;

namespace Wann.Core.Tasks;

/// <summary>
/// A problem a network is scored on, and an entry of the <see cref="TaskCatalog"/>: its name, observation
/// and action spaces, episode limit, reward threshold, optional capabilities, and how a batch of episodes
/// (lanes) is run and scored. Tasks connect networks to environments; environments know nothing of
/// networks.
/// </summary>
/// <remarks>Subclass <see cref="ControlTask"/> for an environment (the usual case); subclass this type directly
/// only for problems that are not step-by-step episodes (classification, for instance).</remarks>
public abstract class WannTask
{
    /// <summary>Gets the catalog name (used in experiment configs and genome files).</summary>
    public abstract string Name { get; }

    /// <summary>Gets a one-line description.</summary>
    public abstract string Description { get; }

    /// <summary>Gets the name of each network input, in order.</summary>
    public abstract IReadOnlyList<string> InputNames { get; }

    /// <summary>Gets the name of each network output, in order.</summary>
    public abstract IReadOnlyList<string> OutputNames { get; }

    /// <summary>Gets the observation space (what the network's inputs are drawn from).</summary>
    public abstract Space ObservationSpace { get; }

    /// <summary>Gets the action space (what the network's outputs are turned into, see <see cref="ActionDecoder"/>).</summary>
    public abstract Space ActionSpace { get; }

    /// <summary>Gets the steps after which an episode is cut; 0 when episodes are not step-by-step.</summary>
    public virtual int EpisodeLimit => 0;

    /// <summary>Gets or initialises the score at which the task counts as solved (Gymnasium's <c>reward_threshold</c>), or null for none.</summary>
    public double? RewardThreshold { get; init; }

    /// <summary>Gets the task's optional capabilities (replay, stop condition, assessment, ...).</summary>
    public TaskCapabilities Capabilities { get; } = new();

    /// <summary>Gets the number of network inputs (without the bias).</summary>
    public int InputCount => InputNames.Count;

    /// <summary>Gets the number of network outputs.</summary>
    public int OutputCount => OutputNames.Count;

    /// <summary>Gets a capability: the task itself when it implements <typeparamref name="TCapability"/>, else the one in <see cref="Capabilities"/>, else null.</summary>
    /// <typeparam name="TCapability">The capability's type.</typeparam>
    /// <returns>The capability or null.</returns>
    public TCapability? GetCapability<TCapability>()
        where TCapability : class =>
        this as TCapability ?? Capabilities.Get<TCapability>();

    /// <summary>Creates a runner for batches of <paramref name="laneCount"/> episodes. A runner holds the
    /// environment and buffers, is used by one thread at a time, and is reused across genomes.</summary>
    /// <param name="laneCount">Episodes run together.</param>
    /// <returns>The runner.</returns>
    public abstract TaskRunner CreateRunner(int laneCount);

    /// <summary>Checks that the spaces fit the network's inputs and outputs (called on registration).</summary>
    /// <exception cref="ArgumentException">They do not.</exception>
    internal void CheckConsistent()
    {
        if (InputCount != ObservationSpace.Size)
        {
            throw new ArgumentException($"Task {Name}: {InputCount} network inputs but an observation space of {ObservationSpace.Size} components.");
        }

        bool fits = ActionSpace.Kind == SpaceKind.Continuous
            ? OutputCount == ActionSpace.Size
            : OutputCount == ActionSpace.Count || (OutputCount == 1 && ActionSpace.Count == 2);
        if (!fits)
        {
            throw new ArgumentException($"Task {Name}: {OutputCount} network outputs do not fit the action space {ActionSpace} (continuous: one output per component; discrete n: n outputs (argmax), or one output when n = 2 (threshold 0.5)).");
        }
    }
}
