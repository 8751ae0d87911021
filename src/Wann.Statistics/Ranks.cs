namespace Wann.Statistics;

/// <summary>Mid-ranks (average ranks for ties) and the tie term both rank tests need.</summary>
internal static class Ranks
{
    /// <summary>
    /// Ranks <paramref name="values"/> from 1, giving tied values the mean of the ranks they span.
    /// Returns the ranks in input order and sum(t^3 - t) over tie groups (0 when there are no ties).
    /// </summary>
    public static double[] Average(ReadOnlySpan<double> values, out double tieTerm)
    {
        int n = values.Length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++)
        {
            order[i] = i;
        }

        double[] keys = values.ToArray();
        Array.Sort(keys, order);

        double[] ranks = new double[n];
        tieTerm = 0;
        int start = 0;
        while (start < n)
        {
            int end = start + 1;
            while (end < n && keys[end] == keys[start])
            {
                end++;
            }

            // Positions start..end-1 hold ranks start+1..end; their mean is the mid-rank.
            double midRank = (start + 1 + end) / 2.0;
            for (int k = start; k < end; k++)
            {
                ranks[order[k]] = midRank;
            }

            double t = end - start;
            tieTerm += t * t * t - t;
            start = end;
        }

        return ranks;
    }
}
