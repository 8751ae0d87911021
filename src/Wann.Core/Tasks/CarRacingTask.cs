using Wann.Environments.CarRacing;

namespace Wann.Core.Tasks;

/// <summary>
/// Car racing as a WANN task: the network reads the features observation (speed, yaw rate, heading and
/// lateral offset to the centreline, five rangefinders) and its three outputs drive the car the way the WANN
/// reference's VAERacing maps them: steer = clip(o₀, −1, 1), gas = (clip(o₁, −1, 1) + 1) / 2,
/// brake = clip(o₂, 0, 1). The score is the episode's CarRacing reward (1000 − 0.1 per frame for a full lap).
/// </summary>
public sealed class CarRacingTask : ControlTask
{
    /// <summary>Creates the task.</summary>
    public CarRacingTask()
        : base("carracing", CarRacing.CreateSpec(), lanes => new CarRacing(lanes))
    {
    }

    /// <inheritdoc/>
    public override void MapOutputs(ReadOnlySpan<double> outputs, Span<double> actions, int laneCount)
    {
        for (int i = 0; i < laneCount; i++)
        {
            actions[i] = Math.Clamp(outputs[i], -1, 1);
            actions[laneCount + i] = (Math.Clamp(outputs[laneCount + i], -1, 1) + 1) / 2;
            actions[(2 * laneCount) + i] = Math.Clamp(outputs[(2 * laneCount) + i], 0, 1);
        }
    }
}
