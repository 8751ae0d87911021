using Wann.Environments;
using Wann.Environments.CarRacing;

namespace Wann.Core.Tasks;

/// <summary>
/// Car racing as a WANN task: the network reads the features observation (speed, yaw rate, heading and
/// lateral offset to the centreline, five rangefinders) and its three outputs drive the car the way the WANN
/// reference's VAERacing maps them (a scaled <see cref="ActionDecoder"/>): steer = clip(o₀, −1, 1), gas = (clip(o₁, −1, 1) + 1) / 2,
/// brake = clip(o₂, 0, 1). The score is the episode's CarRacing reward (1000 − 0.1 per frame for a full lap).
/// </summary>
internal sealed class CarRacingTask : ControlTask
{
    /// <summary>Creates the task.</summary>
    public CarRacingTask()
        : base("carracing", Spec, lanes => new CarRacing(lanes), ActionDecoder.Scaled(Spec.ActionSpace, [-1.0, -1.0, 0.0], [1.0, 1.0, 1.0]))
    {
    }

    private static EnvironmentSpec Spec { get; } = CarRacing.CreateSpec();
}
