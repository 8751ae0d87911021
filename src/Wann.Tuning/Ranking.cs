namespace Wann.Tuning;

/// <summary>Orders candidates by score for the optimisers.</summary>
internal static class Ranking
{
    /// <summary>Candidate indices, best (highest score) first; equal scores keep candidate order, so the order is
    /// fully determined by the scores.</summary>
    /// <param name="fitness">The scores.</param>
    /// <returns>The indices.</returns>
    public static int[] BestFirst(ReadOnlySpan<double> fitness)
    {
        var order = new int[fitness.Length];
        for (int i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        double[] f = fitness.ToArray();
        Array.Sort(order, (a, b) =>
        {
            int byScore = f[b].CompareTo(f[a]);
            return byScore != 0 ? byScore : a.CompareTo(b);
        });
        return order;
    }

    /// <summary>Centred ranks: the worst candidate −0.5, the best +0.5, evenly spaced (equal scores get distinct
    /// ranks in candidate order), which makes an update independent of the scores' scale and outliers.</summary>
    /// <param name="fitness">The scores.</param>
    /// <returns>One centred rank per candidate.</returns>
    public static double[] Centred(ReadOnlySpan<double> fitness)
    {
        int[] order = BestFirst(fitness);
        int count = fitness.Length;
        var ranks = new double[count];
        for (int position = 0; position < count; position++)
        {
            // position 0 is the best: rank count − 1.
            ranks[order[position]] = count == 1 ? 0.0 : ((double)(count - 1 - position) / (count - 1)) - 0.5;
        }

        return ranks;
    }
}
