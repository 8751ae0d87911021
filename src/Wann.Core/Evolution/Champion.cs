using Wann.Core.Genomes;

namespace Wann.Core.Evolution;

/// <summary>The best genome so far, judged on validation episodes rather than on the noisy search fitness.</summary>
/// <param name="Genome">The genome.</param>
/// <param name="Generation">The generation it was found in.</param>
/// <param name="ValidatedMean">Mean score over the validation episodes (every weight value).</param>
/// <param name="ValidatedPerWeight">Validation mean per weight value.</param>
/// <param name="SearchMean">Its search fitness in that generation.</param>
public sealed record Champion(Genome Genome, int Generation, double ValidatedMean, IReadOnlyList<double> ValidatedPerWeight, double SearchMean);
