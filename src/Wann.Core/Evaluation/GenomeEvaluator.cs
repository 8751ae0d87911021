using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;

namespace Wann.Core.Evaluation;

/// <summary>
/// Evaluates one genome at a time: all its weight values × repetitions run together as lanes.
/// One instance per thread; it caches runners and buffers across genomes so steady-state evaluation
/// does not allocate per episode step.
/// </summary>
public sealed class GenomeEvaluator
{
    private readonly Dictionary<(string Task, int Lanes), TaskRunner> _runners = [];
    private readonly Dictionary<int, LaneNetwork> _networks = [];
    private double[] _laneWeights = [];
    private ulong[] _laneSeeds = [];
    private double[] _scores = [];

    /// <summary>Evaluates one genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="task">The task.</param>
    /// <param name="weights">Shared weight values (ignored in own-weights mode).</param>
    /// <param name="reps">Episodes per weight value.</param>
    /// <param name="episodeSeedBase">Root of the episode seeds.</param>
    /// <param name="mode">Shared or own weights.</param>
    /// <returns>The fitness.</returns>
    public GenomeFitness Evaluate(Genome genome, WannTask task, IReadOnlyList<double> weights, int reps, ulong episodeSeedBase, WeightMode mode)
    {
        int weightCount = mode == WeightMode.Shared ? weights.Count : 1;
        int lanes = weightCount * reps;
        EnsureCapacity(lanes);

        // Lane layout: lane = rep * weightCount + w, so every weight value of repetition r sees episode seed r.
        for (int r = 0; r < reps; r++)
        {
            ulong seed = EpisodeSeeds.ForRep(episodeSeedBase, r);
            for (int w = 0; w < weightCount; w++)
            {
                int lane = (r * weightCount) + w;
                _laneSeeds[lane] = seed;
                _laneWeights[lane] = mode == WeightMode.Shared ? weights[w] : 0.0;
            }
        }

        LaneNetwork network = NetworkFor(lanes);
        if (mode == WeightMode.Shared)
        {
            network.LoadShared(genome.Program, _laneWeights);
        }
        else
        {
            network.LoadOwnWeights(genome.Program);
        }

        RunnerFor(task, lanes).Run(network, _laneSeeds.AsSpan(0, lanes), _scores);

        var perWeight = new double[weightCount];
        for (int w = 0; w < weightCount; w++)
        {
            double sum = 0.0;
            for (int r = 0; r < reps; r++)
            {
                sum += _scores[(r * weightCount) + w];
            }

            perWeight[w] = sum / reps;
        }

        double mean = 0.0;
        double max = double.NegativeInfinity;
        foreach (double m in perWeight)
        {
            mean += m;
            max = Math.Max(max, m);
        }

        return new GenomeFitness(mean / weightCount, max, perWeight, genome.EnabledConnectionCount, lanes);
    }

    /// <summary>Gets this thread's runner for a task and lane count, creating it once.</summary>
    /// <param name="task">The task.</param>
    /// <param name="lanes">Number of lanes.</param>
    /// <returns>The runner.</returns>
    public TaskRunner RunnerFor(WannTask task, int lanes)
    {
        if (!_runners.TryGetValue((task.Name, lanes), out TaskRunner? runner))
        {
            runner = task.CreateRunner(lanes);
            _runners.Add((task.Name, lanes), runner);
        }

        return runner;
    }

    /// <summary>Gets this thread's lane network for a lane count, creating it once.</summary>
    /// <param name="lanes">Number of lanes.</param>
    /// <returns>The network executor.</returns>
    public LaneNetwork NetworkFor(int lanes)
    {
        if (!_networks.TryGetValue(lanes, out LaneNetwork? network))
        {
            network = new LaneNetwork(lanes);
            _networks.Add(lanes, network);
        }

        return network;
    }

    private void EnsureCapacity(int lanes)
    {
        if (_laneSeeds.Length < lanes)
        {
            _laneSeeds = new ulong[lanes];
            _laneWeights = new double[lanes];
            _scores = new double[lanes];
        }
    }
}
