using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Core.Evaluation;

/// <summary>
/// A task capability: the task's own assessment of a genome for <c>wann eval</c>, replacing the default one
/// (<see cref="ChampionAssessment"/>: random, tuned and per-weight episode scores). Classification, for instance,
/// reports test-set accuracies.
/// </summary>
public interface IAssessmentCapability
{
    /// <summary>Assesses a genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="task">The task (the one the capability belongs to).</param>
    /// <param name="settings">Episodes, seed, weights, threads.</param>
    /// <returns>A table for the console and the same figures as JSON.</returns>
    AssessmentTable Assess(Genome genome, WannTask task, AssessmentSettings settings);
}
