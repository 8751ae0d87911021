using Wann.Environments;
using Wann.Environments.Spaces;

namespace Wann.Core.Tasks;

/// <summary>
/// A task on a control environment: the network sees the observation and its outputs are the action;
/// the score is the episode's total reward. Subclasses change the input or output mapping.
/// </summary>
public class ControlTask : WannTask
{
    private readonly Func<int, IVectorEnvironment> _createEnvironment;

    /// <summary>Creates a task on any environment factory.</summary>
    /// <param name="name">Task name.</param>
    /// <param name="spec">The environment's spec.</param>
    /// <param name="createEnvironment">Creates a batch of lanes.</param>
    public ControlTask(string name, EnvironmentSpec spec, Func<int, IVectorEnvironment> createEnvironment)
    {
        Name = name;
        Environment = spec;
        _createEnvironment = createEnvironment;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string Description => Environment.Description;

    /// <summary>Gets the environment's spec.</summary>
    public EnvironmentSpec Environment { get; }

    /// <inheritdoc/>
    public override IReadOnlyList<string> InputNames => Environment.ObservationNames;

    /// <inheritdoc/>
    public override IReadOnlyList<string> OutputNames => Environment.ActionNames;

    /// <inheritdoc/>
    public override Space ObservationSpace => Environment.ObservationSpace;

    /// <inheritdoc/>
    public override Space ActionSpace => Environment.ActionSpace;

    /// <inheritdoc/>
    public override int EpisodeLimit => Environment.MaxEpisodeSteps;

    /// <inheritdoc/>
    public override TaskRunner CreateRunner(int laneCount) => new ControlTaskRunner(this, laneCount);

    /// <summary>Creates a batch of environment lanes.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    /// <returns>The environment.</returns>
    public IVectorEnvironment CreateEnvironment(int laneCount) => _createEnvironment(laneCount);

    /// <summary>Turns observations into network inputs (component-major); by default a copy.</summary>
    /// <param name="observations">The environment's observations.</param>
    /// <param name="inputs">Receives the network inputs.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public virtual void MapObservations(ReadOnlySpan<double> observations, Span<double> inputs, int laneCount) =>
        observations[..(InputCount * laneCount)].CopyTo(inputs);

    /// <summary>Turns network outputs into actions (component-major); by default a copy (the environment clips).</summary>
    /// <param name="outputs">The network outputs.</param>
    /// <param name="actions">Receives the actions.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public virtual void MapOutputs(ReadOnlySpan<double> outputs, Span<double> actions, int laneCount) =>
        outputs[..(Environment.ActionSize * laneCount)].CopyTo(actions);
}
