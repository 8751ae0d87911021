namespace Wann.Core.Speciation;

/// <summary>
/// How many children each WANN species gets. Fitness sharing on ranks rather than raw scores (as the reference's
/// prettyNeatWann fork does): a genome ranked r (0 best) of n scores n − r, and a species' share is its members' mean
/// score, so a species grows by being good, not by being big. A young species' share is boosted; a species whose best
/// mean has not risen for <c>StagnationGenerations</c> gets nothing, unless it is young or holds the generation's best.
/// </summary>
public static class SpeciesOffspring
{
    /// <summary>Updates each species' best mean and last improvement, and sorts its members best rank first.</summary>
    /// <param name="species">The species of this generation.</param>
    /// <param name="rankOf">Rank (0 best) of every genome.</param>
    /// <param name="means">Mean fitness of every genome.</param>
    /// <param name="generation">The generation.</param>
    public static void Update(SpeciesSet species, IReadOnlyList<int> rankOf, IReadOnlyList<double> means, int generation)
    {
        ArgumentNullException.ThrowIfNull(species);
        ArgumentNullException.ThrowIfNull(rankOf);
        ArgumentNullException.ThrowIfNull(means);
        foreach (Species s in species.All)
        {
            s.Members.Sort((a, b) => rankOf[a].CompareTo(rankOf[b]));
            double top = double.NegativeInfinity;
            foreach (int m in s.Members)
            {
                top = Math.Max(top, double.IsNaN(means[m]) ? double.NegativeInfinity : means[m]);
            }

            if (top > s.BestFitness)
            {
                s.BestFitness = top;
                s.LastImproved = generation;
            }
        }
    }

    /// <summary>Computes each species' share of the offspring (not normalised).</summary>
    /// <param name="species">The species, updated for this generation.</param>
    /// <param name="rankOf">Rank (0 best) of every genome.</param>
    /// <param name="settings">Stagnation and youth settings.</param>
    /// <param name="generation">The generation.</param>
    /// <param name="born">Founding generation by species id.</param>
    /// <returns>Shares aligned with <see cref="SpeciesSet.All"/>; the species holding rank 0 always has a positive share.</returns>
    public static double[] Shares(SpeciesSet species, IReadOnlyList<int> rankOf, TopologySpeciationSettings settings, int generation, IReadOnlyDictionary<int, int> born)
    {
        ArgumentNullException.ThrowIfNull(species);
        ArgumentNullException.ThrowIfNull(rankOf);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(born);
        int n = rankOf.Count;
        var shares = new double[species.All.Count];
        for (int s = 0; s < shares.Length; s++)
        {
            Species sp = species.All[s];
            bool holdsBest = false;
            double sum = 0.0;
            foreach (int m in sp.Members)
            {
                sum += n - rankOf[m];
                holdsBest |= rankOf[m] == 0;
            }

            bool young = generation - born.GetValueOrDefault(sp.Id, generation) < settings.YoungAge;
            bool stagnant = generation - sp.LastImproved >= settings.StagnationGenerations;
            if (stagnant && !young && !holdsBest)
            {
                continue;
            }

            shares[s] = sum / sp.Members.Count * (young ? settings.YoungBoost : 1.0);
        }

        return shares;
    }

    /// <summary>Turns shares into whole offspring counts summing to <paramref name="size"/> (largest remainder, ties to
    /// the earlier species), then makes sure the species <paramref name="keep"/> gets at least one.</summary>
    /// <param name="shares">Non-negative shares, at least one positive.</param>
    /// <param name="size">The number of children.</param>
    /// <param name="keep">A species that must breed (the one holding the best genome), or −1.</param>
    /// <returns>Counts aligned with the shares.</returns>
    public static int[] Allocate(IReadOnlyList<double> shares, int size, int keep)
    {
        ArgumentNullException.ThrowIfNull(shares);
        var counts = new int[shares.Count];
        double total = 0.0;
        foreach (double s in shares)
        {
            total += s;
        }

        if (!(total > 0))
        {
            throw new ArgumentException("At least one species needs a positive share.", nameof(shares));
        }

        var remainders = new double[shares.Count];
        int given = 0;
        for (int s = 0; s < shares.Count; s++)
        {
            double exact = shares[s] / total * size;
            counts[s] = (int)Math.Floor(exact);
            remainders[s] = shares[s] > 0 ? exact - counts[s] : double.NegativeInfinity;
            given += counts[s];
        }

        for (; given < size; given++)
        {
            int pick = 0;
            for (int s = 1; s < remainders.Length; s++)
            {
                pick = remainders[s] > remainders[pick] ? s : pick;
            }

            counts[pick]++;
            remainders[pick] = double.NegativeInfinity;
        }

        if (keep >= 0 && counts[keep] == 0 && size > 0)
        {
            int richest = 0;
            for (int s = 1; s < counts.Length; s++)
            {
                richest = counts[s] > counts[richest] ? s : richest;
            }

            counts[richest]--;
            counts[keep]++;
        }

        return counts;
    }
}
