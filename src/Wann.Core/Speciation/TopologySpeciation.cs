using Wann.Core.Genomes;

namespace Wann.Core.Speciation;

/// <summary>
/// Groups a WANN population into species by <see cref="TopologyDistance"/>: every genome joins the first species
/// whose representative is closer than the threshold, the rest found new species; empty species disappear and the
/// threshold then moves one step toward the target count (floor: one step).
/// </summary>
public static class TopologySpeciation
{
    /// <summary>Assigns the population and returns the next species set (the given one is left unchanged).</summary>
    /// <param name="previous">Last generation's species (their representatives and bookkeeping carry over).</param>
    /// <param name="population">The evaluated population.</param>
    /// <param name="settings">Coefficients, target and step.</param>
    /// <param name="generation">The generation being assigned (a new species' founding generation).</param>
    /// <param name="born">Founding generation by species id; new species are added.</param>
    /// <returns>The species with this generation's members, and the threshold for the next generation.</returns>
    public static SpeciesSet Assign(SpeciesSet previous, IReadOnlyList<Genome> population, TopologySpeciationSettings settings, int generation, IDictionary<int, int> born)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(born);
        var species = new List<Species>(previous.All.Count);
        foreach (Species s in previous.All)
        {
            species.Add(new Species(s.Id, s.Representative, s.BestFitness, s.LastImproved));
        }

        int nextId = previous.NextId;
        double threshold = previous.Threshold;
        for (int i = 0; i < population.Count; i++)
        {
            Species? home = null;
            foreach (Species s in species)
            {
                if (TopologyDistance.Between(population[i], s.Representative, settings) < threshold)
                {
                    home = s;
                    break;
                }
            }

            if (home is null)
            {
                home = new Species(nextId++, population[i], double.NegativeInfinity, generation);
                born[home.Id] = generation;
                species.Add(home);
            }

            home.Members.Add(i);
        }

        species.RemoveAll(s => s.Members.Count == 0);
        var next = new SpeciesSet(NextThreshold(threshold, species.Count, settings), nextId);
        foreach (Species s in species)
        {
            next.Restore(s);
        }

        return next;
    }

    /// <summary>The threshold after a generation with <paramref name="count"/> species: one step toward the target.</summary>
    /// <param name="threshold">The current threshold.</param>
    /// <param name="count">This generation's species count.</param>
    /// <param name="settings">Target and step.</param>
    /// <returns>The next threshold, never below one step.</returns>
    public static double NextThreshold(double threshold, int count, TopologySpeciationSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.TargetSpecies <= 0 || count == settings.TargetSpecies)
        {
            return threshold;
        }

        return count < settings.TargetSpecies
            ? Math.Max(settings.ThresholdStep, threshold - settings.ThresholdStep)
            : threshold + settings.ThresholdStep;
    }
}
