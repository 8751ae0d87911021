namespace Wann.Pruning.Studies;

/// <summary>One trained network of a study.</summary>
/// <param name="Series">What was trained: the method's name, or the method plus <c>-shuffled</c> for the control.</param>
/// <param name="Round">Round (iterative methods; 0 is the dense network) or density index (at-initialisation methods).</param>
/// <param name="Remaining">Weights kept.</param>
/// <param name="Total">Prunable weights.</param>
/// <param name="TestAccuracy">Test accuracy at the end of training.</param>
/// <param name="LayerDensities">Fraction kept in each layer.</param>
/// <param name="Seconds">Wall time of this point (scoring and training).</param>
public sealed record PruningPoint(string Series, int Round, long Remaining, long Total, double TestAccuracy, IReadOnlyList<double> LayerDensities, double Seconds)
{
    /// <summary>Gets the fraction of weights kept.</summary>
    public double Density => (double)Remaining / Total;

    /// <summary>Gets a value indicating whether some layer lost every weight (layer collapse: the network cannot learn).</summary>
    public bool Collapsed
    {
        get
        {
            foreach (double d in LayerDensities)
            {
                if (d == 0)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
