using Wann.Core.Networks;

namespace Wann.Core.Tasks;

/// <summary>
/// The scalar reference path for control tasks: one episode at a time, one lane, with
/// <see cref="ScalarNetwork"/>. Slow and plain on purpose: the fast lane path is tested against it and
/// the benchmarks report it as their baseline.
/// </summary>
internal sealed class ScalarEpisode
{
    private readonly EpisodeDriver _driver;
    private readonly double[] _score = new double[1];
    private readonly ulong[] _seed = new ulong[1];
    private ScalarActor? _actor;
    private ScalarNetwork? _network;

    /// <summary>Creates a scalar runner for a control task.</summary>
    /// <param name="task">The task.</param>
    public ScalarEpisode(ControlTask task) => _driver = new EpisodeDriver(task, 1);

    /// <summary>Gets the steps run so far.</summary>
    public long Steps => _driver.LaneSteps;

    /// <summary>Runs one episode with one shared weight.</summary>
    /// <param name="network">The scalar network.</param>
    /// <param name="sharedWeight">The weight of every connection.</param>
    /// <param name="seed">The episode seed.</param>
    /// <returns>The episode's score (the task's episode-end scoring, as on the lane path).</returns>
    public double Run(ScalarNetwork network, double sharedWeight, ulong seed)
    {
        _seed[0] = seed;
        if (!ReferenceEquals(network, _network))
        {
            // One actor per network, reused across its episodes and weights (no allocation per episode).
            _actor = new ScalarActor(network);
            _network = network;
        }

        _actor!.Weight = sharedWeight;
        _driver.Run(_actor, _seed, _score);
        return _score[0];
    }
}
