namespace Wann.Core.Ranking;

/// <summary>
/// NSGA-II ranking (Deb et al. 2002): fast non-dominated sorting into Pareto fronts, and within each
/// front, crowding distance descending. All objectives are maximised.
/// </summary>
/// <remarks>
/// <para>The WANN reference normalises each objective's crowding gaps by a factor that operator
/// precedence turns into |1/max − min| instead of 1/(max − min). Wann divides by (max − min), as
/// NSGA-II intends, so that objectives on different scales (mean reward in hundreds, connection counts in
/// tens) weigh equally in the crowding distance (<see cref="CrowdingNormalization.Reference"/> keeps the
/// quirk, and <see cref="ComplexityObjective"/> explains why the size objective is −n rather than 1/n).</para>
/// <para>Ties (equal crowding distance) keep index order, so the ranking is a pure function of the
/// objective values. NaN counts as the worst possible value.</para>
/// </remarks>
public static class ParetoRanking
{
    /// <summary>Ranks individuals, best first.</summary>
    /// <param name="objectives">objectives[i][m] is objective m of individual i; every row has the same length.</param>
    /// <returns>The individuals' indices, best first: front 0 by descending crowding distance, then front 1, ...</returns>
    public static int[] Rank(IReadOnlyList<double[]> objectives) => Rank(objectives, CrowdingNormalization.Range, out _, out _);

    /// <summary>Ranks individuals, best first, with a chosen crowding normalisation.</summary>
    /// <param name="objectives">objectives[i][m] is objective m of individual i.</param>
    /// <param name="normalization">How crowding gaps are scaled.</param>
    /// <returns>The individuals' indices, best first.</returns>
    public static int[] Rank(IReadOnlyList<double[]> objectives, CrowdingNormalization normalization) => Rank(objectives, normalization, out _, out _);

    /// <summary>Ranks individuals, best first, and reports fronts and crowding distances.</summary>
    /// <param name="objectives">objectives[i][m] is objective m of individual i.</param>
    /// <param name="normalization">How crowding gaps are scaled.</param>
    /// <param name="front">Receives each individual's front (0 = non-dominated).</param>
    /// <param name="crowding">Receives each individual's crowding distance within its front.</param>
    /// <returns>The individuals' indices, best first.</returns>
    public static int[] Rank(IReadOnlyList<double[]> objectives, CrowdingNormalization normalization, out int[] front, out double[] crowding)
    {
        int n = objectives.Count;
        double[][] values = WorstForNaN(objectives);
        List<List<int>> fronts = NonDominatedFronts(values);
        front = new int[n];
        crowding = new double[n];
        var order = new int[n];
        int k = 0;
        for (int f = 0; f < fronts.Count; f++)
        {
            List<int> members = fronts[f];
            double[] distance = CrowdingDistances(values, members, normalization);
            for (int j = 0; j < members.Count; j++)
            {
                front[members[j]] = f;
                crowding[members[j]] = distance[j];
            }

            AppendByDescendingKey(members, [.. distance], order, ref k);
        }

        return order;
    }

    /// <summary>Ranks individuals, best first, ordering each front by a key of the caller's instead of the crowding
    /// distance (e.g. behavioural diversity).</summary>
    /// <param name="objectives">objectives[i][m] is objective m of individual i (NaN counts as worst).</param>
    /// <param name="key">Per individual: larger comes first within its front; ties keep index order.</param>
    /// <returns>The individuals' indices, best first.</returns>
    public static int[] RankWithinFrontsBy(IReadOnlyList<double[]> objectives, IReadOnlyList<double> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var order = new int[objectives.Count];
        int k = 0;
        foreach (List<int> members in NonDominatedFronts(WorstForNaN(objectives)))
        {
            var keys = new double[members.Count];
            for (int j = 0; j < keys.Length; j++)
            {
                keys[j] = key[members[j]];
            }

            AppendByDescendingKey(members, keys, order, ref k);
        }

        return order;
    }

    /// <summary>Returns whether <paramref name="a"/> Pareto-dominates <paramref name="b"/> (all ≥, one &gt;).</summary>
    /// <param name="a">Objectives of the first individual.</param>
    /// <param name="b">Objectives of the second individual.</param>
    /// <returns>True when a dominates b.</returns>
    public static bool Dominates(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        bool strictlyBetter = false;
        for (int m = 0; m < a.Length; m++)
        {
            if (a[m] < b[m])
            {
                return false;
            }

            strictlyBetter |= a[m] > b[m];
        }

        return strictlyBetter;
    }

    /// <summary>Sorts individuals into Pareto fronts (Deb's fast non-dominated sort, O(M N²)).</summary>
    /// <param name="values">Objective rows (maximised).</param>
    /// <returns>The fronts, best first, each in index order.</returns>
    public static List<List<int>> NonDominatedFronts(IReadOnlyList<double[]> values)
    {
        int n = values.Count;
        var dominatedBy = new int[n];
        var dominates = new List<int>[n];
        var fronts = new List<List<int>> { new() };
        for (int p = 0; p < n; p++)
        {
            dominates[p] = [];
            for (int q = 0; q < n; q++)
            {
                if (p == q)
                {
                    continue;
                }

                if (Dominates(values[p], values[q]))
                {
                    dominates[p].Add(q);
                }
                else if (Dominates(values[q], values[p]))
                {
                    dominatedBy[p]++;
                }
            }

            if (dominatedBy[p] == 0)
            {
                fronts[0].Add(p);
            }
        }

        while (true)
        {
            var next = new List<int>();
            foreach (int p in fronts[^1])
            {
                foreach (int q in dominates[p])
                {
                    if (--dominatedBy[q] == 0)
                    {
                        next.Add(q);
                    }
                }
            }

            if (next.Count == 0)
            {
                break;
            }

            next.Sort();
            fronts.Add(next);
        }

        if (n == 0)
        {
            fronts.Clear();
        }

        return fronts;
    }

    /// <summary>Crowding distance of each member of one front: boundary members get +∞, others the sum over
    /// objectives of the gap between their neighbours divided by the objective's range in the front.</summary>
    /// <param name="values">Objective rows of the whole population.</param>
    /// <param name="members">The front's members.</param>
    /// <param name="normalization">How each objective's gaps are scaled.</param>
    /// <returns>Distances, aligned with <paramref name="members"/>.</returns>
    public static double[] CrowdingDistances(IReadOnlyList<double[]> values, IReadOnlyList<int> members, CrowdingNormalization normalization = CrowdingNormalization.Range)
    {
        int count = members.Count;
        var distance = new double[count];
        if (count == 0)
        {
            return distance;
        }

        int objectives = values[members[0]].Length;
        var sorted = new int[count];
        for (int m = 0; m < objectives; m++)
        {
            for (int j = 0; j < count; j++)
            {
                sorted[j] = j;
            }

            int objective = m;
            Array.Sort(sorted, (a, b) =>
            {
                int c = values[members[a]][objective].CompareTo(values[members[b]][objective]);
                return c != 0 ? c : a.CompareTo(b);
            });
            double min = values[members[sorted[0]]][m];
            double max = values[members[sorted[^1]]][m];
            distance[sorted[0]] = double.PositiveInfinity;
            distance[sorted[^1]] = double.PositiveInfinity;
            double range = max - min;
            if (!(range > 0) || double.IsInfinity(range))
            {
                continue;
            }

            double scale = normalization == CrowdingNormalization.Range ? 1.0 / range : Math.Abs((1.0 / max) - min);
            for (int j = 1; j < count - 1; j++)
            {
                double gap = values[members[sorted[j + 1]]][m] - values[members[sorted[j - 1]]][m];
                distance[sorted[j]] += gap * scale;
            }
        }

        return distance;
    }

    // A copy of the objectives in which NaN (a failed evaluation) is the worst value of its objective.
    private static double[][] WorstForNaN(IReadOnlyList<double[]> objectives)
    {
        ArgumentNullException.ThrowIfNull(objectives);
        var values = new double[objectives.Count][];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = new double[objectives[i].Length];
            for (int m = 0; m < values[i].Length; m++)
            {
                double v = objectives[i][m];
                values[i][m] = double.IsNaN(v) ? double.NegativeInfinity : v;
            }
        }

        return values;
    }

    // Appends a front's members (in index order) to the ranking by descending key, ties in index order.
    private static void AppendByDescendingKey(List<int> members, double[] keys, int[] order, ref int k)
    {
        int[] sorted = [.. members];
        Array.Sort(keys, sorted, Comparer<double>.Create((a, b) => b.CompareTo(a)));
        StabiliseTies(keys, sorted);
        foreach (int i in sorted)
        {
            order[k++] = i;
        }
    }

    private static void StabiliseTies(double[] keys, int[] items)
    {
        // Array.Sort is not stable: within runs of equal keys, restore index order.
        int start = 0;
        for (int i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || !keys[i].Equals(keys[start]))
            {
                Array.Sort(items, start, i - start);
                start = i;
            }
        }
    }
}
