namespace Wann.Statistics;

/// <summary>Holm's (1979) step-down correction of p-values for multiple comparisons (family-wise error).</summary>
public static class Holm
{
    /// <summary>
    /// Holm-adjusted p-values, in the input order: the i-th smallest p (from 1) is multiplied by m - i + 1,
    /// made non-decreasing along the sorted order, and capped at 1. Reject where adjusted p &lt;= alpha.
    /// </summary>
    /// <param name="pValues">Unadjusted p-values, each in [0, 1].</param>
    /// <returns>Adjusted p-values; an empty list for an empty input.</returns>
    /// <exception cref="ArgumentException">A p-value is outside [0, 1] or not a number.</exception>
    public static double[] Adjust(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        int m = pValues.Count;
        int[] order = new int[m];
        for (int i = 0; i < m; i++)
        {
            double p = pValues[i];
            if (!(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"p-value [{i}] is {p}; expected a number in [0, 1].", nameof(pValues));
            }

            order[i] = i;
        }

        // A stable order keeps equal p-values in input order, so the result does not depend on sort internals.
        Array.Sort(order, (a, b) => pValues[a] != pValues[b] ? pValues[a].CompareTo(pValues[b]) : a.CompareTo(b));

        double[] adjusted = new double[m];
        double running = 0;
        for (int rank = 0; rank < m; rank++)
        {
            int index = order[rank];
            running = Math.Max(running, Math.Min(1, (m - rank) * pValues[index]));
            adjusted[index] = running;
        }

        return adjusted;
    }
}
