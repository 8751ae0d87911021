namespace Wann.Pruning.Comparison;

/// <summary>
/// Scores a WANN champion for the comparison. The engine implements it (the console passes one in), so the pruning
/// baselines do not depend on the engine: they only need the numbers.
/// </summary>
public interface IChampionScorer
{
    /// <summary>Reads a champion genome file and measures its test accuracies.</summary>
    /// <param name="genomeFile">The genome file.</param>
    /// <param name="seed">The seed of the random shared weights.</param>
    /// <returns>Its accuracies.</returns>
    /// <exception cref="Wann.Files.InputFileException">The file is not a classification champion.</exception>
    WannScores Score(string genomeFile, ulong seed);
}
