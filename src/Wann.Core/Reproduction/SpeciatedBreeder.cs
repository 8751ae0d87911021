using Wann.Core.Genomes;
using Wann.Core.Speciation;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// WANN reproduction inside species: each species breeds its own children with the reference's selection applied to
/// its members alone (cull the worst <c>floor(cull · size)</c>, keep the best <c>floor(elite · pool)</c> unchanged, the
/// rest are mutated winners of two tournaments), so a new topology competes with its own kind until it is tuned.
/// </summary>
/// <remarks>Species breed in order and each child slot draws from its own stream Mix(seed, generation, stream, slot),
/// so the next generation is a pure function of the seed. The species holding the best-ranked genome keeps it.</remarks>
/// <param name="selection">Cull, elite and tournament settings.</param>
/// <param name="mutator">The topological mutator (one mutation per child, as in WANN mode).</param>
public sealed class SpeciatedBreeder(SelectionSettings selection, TopologyMutator mutator)
{
    /// <summary>Breeds the next generation.</summary>
    /// <param name="population">The evaluated population.</param>
    /// <param name="species">The species, members sorted best rank first.</param>
    /// <param name="offspring">Children per species, aligned with <see cref="SpeciesSet.All"/>, summing to the next size.</param>
    /// <param name="bestSpecies">The species holding the best-ranked genome (it keeps it as an elite).</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="generation">The generation bred from.</param>
    /// <param name="stream">The reproduction stream id.</param>
    /// <param name="innovations">The run's innovation tracker.</param>
    /// <returns>The next generation, species by species, each block elites first.</returns>
    public Genome[] Breed(IReadOnlyList<Genome> population, SpeciesSet species, IReadOnlyList<int> offspring, int bestSpecies, ulong seed, int generation, ulong stream, InnovationTracker innovations)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentNullException.ThrowIfNull(species);
        ArgumentNullException.ThrowIfNull(offspring);
        ArgumentNullException.ThrowIfNull(innovations);
        int size = 0;
        foreach (int count in offspring)
        {
            size += count;
        }

        var next = new Genome[size];
        int slot = 0;
        innovations.StartGeneration();
        for (int s = 0; s < species.All.Count; s++)
        {
            List<int> members = species.All[s].Members;
            int count = offspring[s];
            if (count == 0)
            {
                continue;
            }

            int n = members.Count;
            int pool = selection.PoolSize(n);
            int elites = selection.Elites(count, pool);
            if (s == bestSpecies)
            {
                elites = Math.Max(1, elites);
            }

            for (int e = 0; e < elites; e++)
            {
                next[slot++] = population[members[e]];
            }

            for (int c = elites; c < count; c++)
            {
                var rng = new Xoshiro256(SeedMixer.Mix(seed, (ulong)generation, stream, (ulong)slot));
                next[slot++] = mutator.Mutate(population[members[selection.DrawParent(pool, ref rng)]], ref rng, innovations, out _);
            }
        }

        return next;
    }
}
