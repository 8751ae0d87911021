using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;

namespace Wann.Tuning;

/// <summary>
/// Scores weight vectors of one fixed topology: a candidate's weights go into every lane of a lane network
/// (one lane per episode), so a candidate's episodes run together; candidates run in parallel, each result
/// written to its own slot, so scores do not depend on the thread count.
/// </summary>
internal sealed class CandidateScorer
{
    private readonly NetworkProgram _program;
    private readonly WannTask _task;
    private readonly int[] _slotOfParameter;
    private readonly int _threads;

    /// <summary>Prepares to score weight vectors of a genome.</summary>
    /// <param name="genome">The genome; its enabled connections, in genome order, are the parameters.</param>
    /// <param name="task">The task.</param>
    /// <param name="threads">Worker threads; 0 for all cores.</param>
    public CandidateScorer(Genome genome, WannTask task, int threads)
    {
        _task = task;
        _threads = threads > 0 ? threads : Environment.ProcessorCount;
        _program = genome.Program;

        // The compiled program orders connections by target row: find each parameter's slot by compiling a copy whose
        // weights are the parameter indices (exact in double), instead of repeating the compiler's ordering here.
        var numbered = new List<ConnectionGene>(genome.Connections.Length);
        int index = 0;
        foreach (ConnectionGene c in genome.Connections)
        {
            numbered.Add(c.Enabled ? c with { Weight = index++ } : c);
        }

        double[] slots = genome.WithConnections(numbered).Program.IncomingWeight;
        _slotOfParameter = new int[index];
        for (int slot = 0; slot < slots.Length; slot++)
        {
            _slotOfParameter[(int)slots[slot]] = slot;
        }
    }

    /// <summary>Gets the number of parameters (enabled connections).</summary>
    public int Parameters => _slotOfParameter.Length;

    /// <summary>Scores weight vectors: each is the mean score over the same episodes.</summary>
    /// <param name="weights">Candidate-major weight vectors, <see cref="Parameters"/> each.</param>
    /// <param name="episodeSeeds">The episodes' seeds.</param>
    /// <returns>One mean score per vector.</returns>
    public double[] Score(ReadOnlySpan<double> weights, IReadOnlyList<ulong> episodeSeeds)
    {
        int n = Parameters;
        int count = weights.Length / n;
        double[] all = weights.ToArray();
        ulong[] seeds = [.. episodeSeeds];
        int lanes = seeds.Length;
        var scores = new double[count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = _threads };
        Parallel.For(0, count, options, () => new Workspace(), (k, _, ws) =>
        {
            ws.Ensure(_program.ConnectionCount * lanes, lanes);
            for (int p = 0; p < n; p++)
            {
                double w = all[(k * n) + p];
                ws.LaneWeights.AsSpan(_slotOfParameter[p] * lanes, lanes).Fill(w);
            }

            LaneNetwork network = ws.Evaluator.NetworkFor(lanes);
            network.LoadPerConnection(_program, ws.LaneWeights.AsSpan(0, _program.ConnectionCount * lanes));
            ws.Evaluator.RunnerFor(_task, lanes).Run(network, seeds, ws.Scores);
            double sum = 0.0;
            for (int i = 0; i < lanes; i++)
            {
                sum += ws.Scores[i];
            }

            scores[k] = sum / lanes;
            return ws;
        }, _ => { });
        return scores;
    }

    /// <summary>One thread's cached network, runner and buffers.</summary>
    private sealed class Workspace
    {
        public GenomeEvaluator Evaluator { get; } = new();

        public double[] LaneWeights { get; private set; } = [];

        public double[] Scores { get; private set; } = [];

        public void Ensure(int weights, int lanes)
        {
            if (LaneWeights.Length < weights)
            {
                LaneWeights = new double[weights];
            }

            if (Scores.Length != lanes)
            {
                Scores = new double[lanes];
            }
        }
    }
}
