using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Server;

/// <summary>A genome's mean score at each shared weight of a grid over [−2, 2]: the curve the viewer's weight slider walks along.</summary>
/// <param name="Weights">The shared weights (0 is skipped: every connection would be cut).</param>
/// <param name="Scores">Mean score at each weight.</param>
/// <param name="Episodes">Episodes per weight.</param>
public sealed record WeightProfile(double[] Weights, double[] Scores, int Episodes)
{
    /// <summary>Evaluates a genome on a weight grid with the engine's fast path.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="task">Its task.</param>
    /// <param name="points">Grid points over [−2, 2] (odd counts put one on 0, which is skipped).</param>
    /// <param name="episodes">Episodes per weight.</param>
    /// <param name="seed">Episode seed.</param>
    /// <returns>The profile.</returns>
    public static WeightProfile Compute(Genome genome, WannTask task, int points = 41, int episodes = 3, ulong seed = 20190605UL)
    {
        var weights = new List<double>(points);
        for (int i = 0; i < points; i++)
        {
            double w = Math.Round(-2.0 + (4.0 * i / (points - 1)), 10);
            if (w != 0.0)
            {
                weights.Add(w);
            }
        }

        GenomeFitness fitness = new GenomeEvaluator().Evaluate(genome, task, weights, episodes, seed, WeightMode.Shared);
        return new WeightProfile([.. weights], [.. fitness.PerWeightMean], episodes);
    }
}
