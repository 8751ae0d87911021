using Wann.Environments.PoleBalancing;

namespace Wann.Core.Tasks;

/// <summary>
/// Double pole without velocities scored with Gruau's damping ("anti-jiggle") fitness, the NEAT and ESP
/// protocol: at most 1000 steps from the standard start, fitness = 0.1·t/1000 + 0.9·f₂ with
/// f₂ = 0.75 / Σ(|x| + |ẋ| + |θ₁| + |θ̇₁|) over the last 100 steps when t ≥ 100, else 0.
/// </summary>
internal sealed class GruauDampingTask : ControlTask
{
    /// <summary>Episode length of one fitness evaluation.</summary>
    public const int Steps = 1000;

    /// <summary>Creates the task.</summary>
    /// <param name="name">Task name.</param>
    public GruauDampingTask(string name)
        : base(name, DoublePole.CreateSpec(velocities: false, Steps), lanes => new DoublePole(lanes, velocities: false, Steps))
    {
    }

    /// <inheritdoc/>
    public override EpisodeScoring CreateScoring(int laneCount) => new GruauDampingScoring(laneCount);
}
