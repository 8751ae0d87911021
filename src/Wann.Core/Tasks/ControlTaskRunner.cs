using Wann.Core.Networks;

namespace Wann.Core.Tasks;

/// <summary>Runs the episodes of a <see cref="ControlTask"/> on the lane network, through the <see cref="EpisodeDriver"/>.</summary>
internal sealed class ControlTaskRunner : TaskRunner
{
    private readonly EpisodeDriver _driver;

    /// <summary>Creates a runner with its own environment lanes.</summary>
    /// <param name="task">The task.</param>
    /// <param name="laneCount">Number of lanes.</param>
    public ControlTaskRunner(ControlTask task, int laneCount)
        : base(laneCount) => _driver = new EpisodeDriver(task, laneCount);

    /// <inheritdoc/>
    public override void Run(LaneNetwork network, ReadOnlySpan<ulong> laneSeeds, Span<double> scores)
    {
        _driver.Run(network, laneSeeds, scores);
        LaneSteps = _driver.LaneSteps;
    }
}
