namespace Wann.Tuning;

/// <summary>
/// The best weight offsets a tune has seen on its fixed selection episodes (WANNTool's <c>best.json</c>): each generation
/// the distribution's mean and the generation's best few candidates are scored on the same held-out episodes, and the
/// best-scoring offsets ever are kept. A sharp optimum that the search distribution's mean drifts past can be kept this way.
/// </summary>
internal sealed class SelectedWeights
{
    private readonly double[] _offsets;

    /// <summary>Creates an empty record for offsets of a dimension.</summary>
    /// <param name="dimension">Number of offsets.</param>
    public SelectedWeights(int dimension)
    {
        _offsets = new double[dimension];
        Score = double.NegativeInfinity;
    }

    /// <summary>Gets the best selection score so far (negative infinity before the first offer).</summary>
    public double Score { get; private set; }

    /// <summary>Gets whether any offsets were offered.</summary>
    public bool Any => !double.IsNegativeInfinity(Score);

    /// <summary>Gets the best offsets so far (zeros before the first offer).</summary>
    public ReadOnlySpan<double> Offsets => _offsets;

    /// <summary>Keeps the offsets when they beat the best so far (ties keep the earlier offsets).</summary>
    /// <param name="offsets">The offsets.</param>
    /// <param name="score">Their mean score on the selection episodes.</param>
    /// <returns>True when kept.</returns>
    public bool Offer(ReadOnlySpan<double> offsets, double score)
    {
        if (!(score > Score))
        {
            return false;
        }

        offsets.CopyTo(_offsets);
        Score = score;
        return true;
    }

    /// <summary>Restores a state from a checkpoint.</summary>
    /// <param name="offsets">The offsets.</param>
    /// <param name="score">Their score.</param>
    /// <exception cref="ArgumentException">The offsets have the wrong length.</exception>
    public void Restore(ReadOnlySpan<double> offsets, double score)
    {
        if (offsets.Length != _offsets.Length)
        {
            throw new ArgumentException($"expected {_offsets.Length} selected offsets, found {offsets.Length}.", nameof(offsets));
        }

        offsets.CopyTo(_offsets);
        Score = score;
    }
}
