using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;

namespace Wann.Core.Evaluation;

/// <summary>
/// Scores a genome the ways the WANN paper's Table 1 does: random individual weights, a random shared
/// weight, the tuned shared weight, and each weight of the set (and optionally its own weights).
/// </summary>
/// <remarks>
/// Every mode runs the same evaluation episodes (episode i has seed Mix(seed, 1, i)), so modes differ
/// only in weights. The tuned weight is picked on separate sweep episodes and then scored on the
/// evaluation episodes, so its score is not the maximum of many noisy estimates.
/// </remarks>
public static class ChampionAssessment
{
    private const ulong EvaluationEpisodes = 1;
    private const ulong SweepEpisodeStream = 2;
    private const ulong RandomWeightStream = 3;
    private const ulong RandomSharedStream = 4;

    /// <summary>Scores a genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="task">The task.</param>
    /// <param name="settings">Episodes, seed, weights, sweep.</param>
    /// <returns>The report.</returns>
    public static AssessmentReport Assess(Genome genome, WannTask task, AssessmentSettings settings)
    {
        int n = settings.Episodes;
        ulong seed = settings.Seed;
        NetworkProgram program = genome.Program;
        var evalSeeds = new ulong[n];
        for (int i = 0; i < n; i++)
        {
            evalSeeds[i] = SeedMixer.Mix(seed, EvaluationEpisodes, (ulong)i);
        }

        // Sweep points over [-2, 2], skipping 0 where almost no signal reaches the output.
        var sweep = new List<double>();
        for (int k = 0; k < settings.SweepPoints; k++)
        {
            double w = settings.SweepPoints == 1 ? 2.0 : -2.0 + (4.0 * k / (settings.SweepPoints - 1));
            if (Math.Abs(w) > 1e-12)
            {
                sweep.Add(w);
            }
        }

        var sweepSeeds = new ulong[settings.SweepEpisodes];
        for (int i = 0; i < sweepSeeds.Length; i++)
        {
            sweepSeeds[i] = SeedMixer.Mix(seed, SweepEpisodeStream, (ulong)i);
        }

        // Jobs: 0 random weights, 1 random shared, 2.. each weight of the set, then sweep points, then own weights.
        int setCount = settings.Weights.Count;
        int jobs = 2 + setCount + sweep.Count + (settings.OwnWeights ? 1 : 0);
        var results = new double[jobs][];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads > 0 ? settings.Threads : Environment.ProcessorCount };
        Parallel.For(0, jobs, options, () => new Workspace(), (job, _, ws) =>
        {
            if (job == 0)
            {
                results[job] = RunRandomWeights(ws, task, program, evalSeeds, seed);
            }
            else if (job == 1)
            {
                var weights = new double[n];
                for (int i = 0; i < n; i++)
                {
                    var rng = new Xoshiro256(SeedMixer.Mix(seed, RandomSharedStream, (ulong)i));
                    weights[i] = rng.NextDouble(-2.0, 2.0);
                }

                results[job] = RunShared(ws, task, program, evalSeeds, weights);
            }
            else if (job < 2 + setCount)
            {
                results[job] = RunShared(ws, task, program, evalSeeds, Filled(n, settings.Weights[job - 2]));
            }
            else if (job < 2 + setCount + sweep.Count)
            {
                results[job] = RunShared(ws, task, program, sweepSeeds, Filled(sweepSeeds.Length, sweep[job - 2 - setCount]));
            }
            else
            {
                LaneNetwork network = ws.Network(n);
                network.LoadOwnWeights(program);
                results[job] = ws.Run(task, network, evalSeeds);
            }

            return ws;
        }, _ => { });

        int bestSweep = 0;
        for (int k = 1; k < sweep.Count; k++)
        {
            if (Mean(results[2 + setCount + k]) > Mean(results[2 + setCount + bestSweep]))
            {
                bestSweep = k;
            }
        }

        double tuned = sweep[bestSweep];
        double[] tunedScores = RunShared(new Workspace(), task, program, evalSeeds, Filled(n, tuned));
        var perWeight = new List<KeyValuePair<double, ScoreSummary>>();
        for (int j = 0; j < setCount; j++)
        {
            perWeight.Add(new(settings.Weights[j], ScoreSummary.Of(results[2 + j])));
        }

        return new AssessmentReport(
            genome.EnabledConnectionCount,
            ScoreSummary.Of(results[0]),
            ScoreSummary.Of(results[1]),
            tuned,
            ScoreSummary.Of(tunedScores),
            perWeight,
            settings.OwnWeights ? ScoreSummary.Of(results[^1]) : null);
    }

    private static double[] RunRandomWeights(Workspace ws, WannTask task, NetworkProgram program, ulong[] seeds, ulong seed)
    {
        int n = seeds.Length;
        int connections = program.ConnectionCount;
        var weights = new double[connections * n];
        for (int i = 0; i < n; i++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, RandomWeightStream, (ulong)i));
            for (int c = 0; c < connections; c++)
            {
                weights[(c * n) + i] = rng.NextDouble(-2.0, 2.0);
            }
        }

        LaneNetwork network = ws.Network(n);
        network.LoadPerConnection(program, weights);
        return ws.Run(task, network, seeds);
    }

    private static double[] RunShared(Workspace ws, WannTask task, NetworkProgram program, ulong[] seeds, double[] laneWeights)
    {
        LaneNetwork network = ws.Network(seeds.Length);
        network.LoadShared(program, laneWeights);
        return ws.Run(task, network, seeds);
    }

    private static double[] Filled(int n, double value)
    {
        var array = new double[n];
        Array.Fill(array, value);
        return array;
    }

    private static double Mean(double[] values)
    {
        double sum = 0.0;
        foreach (double v in values)
        {
            sum += v;
        }

        return sum / values.Length;
    }

    private sealed class Workspace
    {
        private readonly GenomeEvaluator _cache = new();

        public LaneNetwork Network(int lanes) => _cache.NetworkFor(lanes);

        public double[] Run(WannTask task, LaneNetwork network, ulong[] seeds)
        {
            var scores = new double[seeds.Length];
            _cache.RunnerFor(task, seeds.Length).Run(network, seeds, scores);
            return scores;
        }
    }
}
