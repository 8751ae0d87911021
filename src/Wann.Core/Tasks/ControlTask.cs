using Wann.Environments;
using Wann.Environments.Spaces;

namespace Wann.Core.Tasks;

/// <summary>
/// A task on a control environment: the network sees the observation and its outputs are the action;
/// the score is the episode's total reward. Outputs become actions through the action space's
/// <see cref="ActionDecoder"/>; subclasses may change the input mapping or the scoring.
/// </summary>
public class ControlTask : WannTask
{
    private readonly Func<int, IVectorEnvironment> _createEnvironment;
    private readonly IReadOnlyList<string> _outputNames;

    /// <summary>Creates a task on any environment factory.</summary>
    /// <param name="name">Task name.</param>
    /// <param name="spec">The environment's spec.</param>
    /// <param name="createEnvironment">Creates a batch of lanes.</param>
    /// <param name="decoder">How network outputs become actions; default <see cref="ActionDecoder.For"/> of the spec's action space.</param>
    public ControlTask(string name, EnvironmentSpec spec, Func<int, IVectorEnvironment> createEnvironment, ActionDecoder? decoder = null)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(createEnvironment);
        Name = name;
        Environment = spec;
        _createEnvironment = createEnvironment;
        Decoder = decoder ?? ActionDecoder.For(spec.ActionSpace);
        if (!ReferenceEquals(Decoder.Space, spec.ActionSpace) && Decoder.Space.Size != spec.ActionSize)
        {
            throw new ArgumentException($"Task {name}: the decoder's space {Decoder.Space} is not the environment's action space {spec.ActionSpace}.", nameof(decoder));
        }

        _outputNames = Decoder.OutputNames();
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
    public override IReadOnlyList<string> OutputNames => _outputNames;

    /// <summary>Gets how network outputs become actions.</summary>
    public ActionDecoder Decoder { get; }

    /// <inheritdoc/>
    public override Space ObservationSpace => Environment.ObservationSpace;

    /// <inheritdoc/>
    public override Space ActionSpace => Environment.ActionSpace;

    /// <inheritdoc/>
    public override int EpisodeLimit => Environment.MaxEpisodeSteps;

    /// <inheritdoc/>
    public override TaskRunner CreateRunner(int laneCount) => new ControlTaskRunner(this, laneCount);

    /// <summary>Creates the episode-end scoring of a batch of lanes, or null when the score is the sum of rewards (the default).</summary>
    /// <param name="laneCount">Number of lanes.</param>
    /// <returns>The scoring, or null.</returns>
    public virtual EpisodeScoring? CreateScoring(int laneCount) => null;

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

    /// <summary>Turns network outputs into actions (component-major); by default <see cref="Decoder"/>.</summary>
    /// <param name="outputs">The network outputs.</param>
    /// <param name="actions">Receives the actions.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public virtual void MapOutputs(ReadOnlySpan<double> outputs, Span<double> actions, int laneCount) =>
        Decoder.Decode(outputs, actions, laneCount);
}
