using System.Globalization;
using Wann.Core.Persistence;

namespace Wann.Core.Evaluation;

/// <summary>Reads the weights a genome file was validated with (champion.json keeps one validated mean per shared weight).</summary>
public static class ChampionWeights
{
    private const string Prefix = "validatedMean[w=";

    /// <summary>The score key of the validated mean at shared weight <paramref name="weight"/>: <c>validatedMean[w=W]</c>.</summary>
    /// <param name="weight">The shared weight.</param>
    /// <returns>The key.</returns>
    public static string KeyOf(double weight) => $"{Prefix}{weight.ToString(CultureInfo.InvariantCulture)}]";

    /// <summary>Reads the shared weight out of a score key written by <see cref="KeyOf"/>.</summary>
    /// <param name="key">A score key.</param>
    /// <param name="weight">The weight, when the key is a validated-mean key.</param>
    /// <returns>Whether it is one.</returns>
    public static bool TryParseKey(string key, out double weight)
    {
        ArgumentNullException.ThrowIfNull(key);
        weight = 0.0;
        return key.StartsWith(Prefix, StringComparison.Ordinal) && key.EndsWith(']')
            && double.TryParse(key.AsSpan(Prefix.Length, key.Length - Prefix.Length - 1), NumberStyles.Float, CultureInfo.InvariantCulture, out weight);
    }

    /// <summary>Gets each validated shared weight with its validated mean, in file order.</summary>
    /// <param name="document">A genome file.</param>
    /// <returns>The pairs; empty when the file has none (a hand-made genome, a .out network).</returns>
    public static IReadOnlyList<(double Weight, double Mean)> Validated(GenomeDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var found = new List<(double, double)>();
        foreach (var (key, score) in document.Scores)
        {
            if (TryParseKey(key, out double w))
            {
                found.Add((w, score));
            }
        }

        return found;
    }

    /// <summary>Gets the shared weight with the best validated mean (the first of equals), or null when the file has none.</summary>
    /// <param name="document">A genome file.</param>
    /// <returns>The weight or null.</returns>
    public static double? Best(GenomeDocument document)
    {
        double? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var (weight, mean) in Validated(document))
        {
            if (mean > bestScore)
            {
                best = weight;
                bestScore = mean;
            }
        }

        return best;
    }
}
