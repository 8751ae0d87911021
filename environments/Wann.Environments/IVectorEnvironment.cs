namespace Wann.Environments;

/// <summary>
/// A batch of independent episodes of one environment ("lanes") that step in lock-step, in the
/// Gymnasium style: reset with a seed, then step with an action and get a reward and the
/// terminated and truncated flags.
/// </summary>
/// <remarks>
/// <para>Buffers are structure-of-arrays, component-major: component <c>k</c> of lane <c>i</c> is at
/// index <c>k * LaneCount + i</c>. That is the layout the network's lane program reads and writes,
/// so no copy or transpose is needed between environment and network.</para>
/// <para>A lane whose episode has ended stays ended until the next <see cref="Reset"/>: its state is
/// frozen and its reward is zero, so callers may keep stepping the whole batch until
/// <see cref="RunningLaneCount"/> reaches zero.</para>
/// <para>Environments decide nothing about networks: how network outputs become actions is the
/// task's business (see the engine's tasks).</para>
/// </remarks>
public interface IVectorEnvironment
{
    /// <summary>Gets the environment's description.</summary>
    EnvironmentSpec Spec { get; }

    /// <summary>Gets the number of lanes.</summary>
    int LaneCount { get; }

    /// <summary>Gets the number of lanes whose episode has not ended.</summary>
    int RunningLaneCount { get; }

    /// <summary>Gets, per lane, whether the episode ended by a terminal condition (failure or success).</summary>
    ReadOnlySpan<bool> Terminated { get; }

    /// <summary>Gets, per lane, whether the episode was cut by the step limit.</summary>
    ReadOnlySpan<bool> Truncated { get; }

    /// <summary>Starts a new episode in every lane; lane <c>i</c> draws its start from <paramref name="seeds"/>[i].</summary>
    /// <param name="seeds">One seed per lane; equal seeds give equal starts.</param>
    void Reset(ReadOnlySpan<ulong> seeds);

    /// <summary>Writes the current observation of every running lane, component-major.</summary>
    /// <param name="observations">Length <c>ObservationSize * LaneCount</c>.</param>
    /// <remarks>An environment may leave the entries of lanes whose episode has ended as they were: <see cref="Step"/>
    /// ignores those lanes' actions, so nothing reads what the network makes of them.</remarks>
    void WriteObservations(Span<double> observations);

    /// <summary>Advances every running lane by one step.</summary>
    /// <param name="actions">Length <c>ActionSize * LaneCount</c>, component-major; values outside the action bounds are clipped.</param>
    /// <param name="rewards">Receives each lane's reward for this step (zero for lanes that had already ended).</param>
    void Step(ReadOnlySpan<double> actions, Span<double> rewards);
}
