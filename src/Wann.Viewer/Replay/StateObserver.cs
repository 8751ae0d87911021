using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Viewer.Replay;

/// <summary>Keeps lane 0's true state after the reset and after every step.</summary>
/// <param name="physical">The environment's state access.</param>
internal sealed class StateObserver(IPhysicalState physical) : IEpisodeObserver
{
    /// <summary>Gets the states, the start first.</summary>
    public List<double[]> States { get; } = [];

    /// <inheritdoc/>
    public void OnReset(IVectorEnvironment environment) => Read();

    /// <inheritdoc/>
    public void OnStep(IVectorEnvironment environment, ReadOnlySpan<double> rewards) => Read();

    private void Read()
    {
        var state = new double[physical.StateNames.Count];
        physical.ReadState(0, state);
        States.Add(state);
    }
}
