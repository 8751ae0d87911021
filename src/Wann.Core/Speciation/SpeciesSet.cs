using Wann.Core.Evolution;
using Wann.Core.Genomes;

namespace Wann.Core.Speciation;

/// <summary>
/// The species of a NEAT run and the compatibility threshold, which moves by 0.3 per generation toward
/// the target number of species (floor 0.3).
/// </summary>
/// <param name="threshold">Current compatibility threshold.</param>
/// <param name="nextId">Identity of the next new species.</param>
public sealed class SpeciesSet(double threshold, int nextId)
{
    /// <summary>Gets the species, in order of creation.</summary>
    public List<Species> All { get; } = [];

    /// <summary>Gets the current compatibility threshold.</summary>
    public double Threshold { get; private set; } = threshold;

    /// <summary>Gets the identity the next new species will get.</summary>
    public int NextId { get; private set; } = nextId;

    /// <summary>Puts every genome in the first species whose representative is within the threshold, founding new
    /// species for the rest, drops empty species, and steers the threshold toward the target count.</summary>
    /// <param name="population">The population.</param>
    /// <param name="settings">NEAT settings.</param>
    /// <param name="generation">The current generation.</param>
    public void Assign(IReadOnlyList<Genome> population, NeatSettings settings, int generation)
    {
        foreach (Species s in All)
        {
            s.Members.Clear();
        }

        for (int i = 0; i < population.Count; i++)
        {
            Species? home = null;
            foreach (Species s in All)
            {
                if (CompatibilityDistance.Between(population[i], s.Representative, settings.ExcessCoefficient, settings.DisjointCoefficient, settings.WeightCoefficient) < Threshold)
                {
                    home = s;
                    break;
                }
            }

            if (home is null)
            {
                home = new Species(NextId++, population[i], double.NegativeInfinity, generation);
                All.Add(home);
            }

            home.Members.Add(i);
        }

        All.RemoveAll(s => s.Members.Count == 0);
        if (settings.TargetSpecies > 0)
        {
            Threshold = All.Count < settings.TargetSpecies ? Math.Max(0.3, Threshold - 0.3)
                : All.Count > settings.TargetSpecies ? Threshold + 0.3
                : Threshold;
        }
    }

    /// <summary>Restores a species from a checkpoint.</summary>
    /// <param name="species">The species.</param>
    public void Restore(Species species) => All.Add(species);
}
