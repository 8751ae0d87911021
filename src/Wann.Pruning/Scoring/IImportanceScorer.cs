using Wann.Pruning.Networks;

namespace Wann.Pruning.Scoring;

/// <summary>
/// Scores every weight of a network: the higher the score, the more the weight matters. Pruners keep the
/// highest-scoring weights; pruned weights score whatever the method gives them (most give 0) and stay
/// pruned, because selection only ever keeps weights that are still unmasked.
/// </summary>
public interface IImportanceScorer
{
    /// <summary>Gets the method's name as configs and reports spell it.</summary>
    string Name { get; }

    /// <summary>Scores the weights of every layer.</summary>
    /// <param name="net">The network (weights already masked).</param>
    /// <returns>One score per weight, shaped like <see cref="MaskedMlp.Weights"/>.</returns>
    double[][] Score(MaskedMlp net);
}
