using Wann.Core.Evaluation;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Files;
using Wann.Pruning.Comparison;

namespace Wann.Cli.Commands;

/// <summary>The engine's side of <c>wann compare</c>: a champion's test accuracies from the classification assessment
/// (100 random shared weights, the ensemble and the tuned weight over the paper's weight set).</summary>
internal sealed class ClassificationChampionScorer : IChampionScorer
{
    private static readonly double[] WeightSet = [-2, -1, -0.5, 0.5, 1, 2];

    /// <inheritdoc />
    public WannScores Score(string genomeFile, ulong seed)
    {
        GenomeDocument document = GenomeSource.Load(genomeFile, null);
        if (TaskRegistry.Get(document.Task) is not ClassificationTask task)
        {
            throw new InputFileException($"{genomeFile}: $.task: found \"{document.Task}\", expected a classification task (mnist256).");
        }

        ClassificationReport r = ClassificationAssessment.Assess(document.Genome, task, new AssessmentSettings(100, seed, WeightSet));
        return new WannScores(r.Connections, r.RandomShared.Mean, r.RandomShared.Sd, r.Ensemble, r.TunedWeight, r.Tuned);
    }
}
