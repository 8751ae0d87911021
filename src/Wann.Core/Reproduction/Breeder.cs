using Wann.Core.Genomes;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// Produces the next generation from a ranked one, as the WANN reference does: cull the worst
/// <c>floor(cull · n)</c>, copy the best <c>floor(elite · pool)</c> unchanged, and fill the remaining
/// slots with mutated copies of tournament winners.
/// </summary>
/// <remarks>
/// Each child slot draws from its own stream <c>Mix(seed, generation, stream, slot)</c>, and slots are
/// bred in order, so innovation numbers and node ids are a pure function of the seed. As in the
/// reference (with crossover off), a child's parent is the better of two tournament winners, each the
/// best of <c>TournamentSize</c> uniform draws from the pool.
/// </remarks>
/// <param name="selection">Cull, elite and tournament settings.</param>
/// <param name="mutator">The topological mutator.</param>
public sealed class Breeder(SelectionSettings selection, TopologyMutator mutator)
{
    /// <summary>Gets the selection settings.</summary>
    public SelectionSettings Selection { get; } = selection;

    /// <summary>Gets the mutator.</summary>
    public TopologyMutator Mutator { get; } = mutator;

    /// <summary>Breeds the next generation.</summary>
    /// <param name="population">The evaluated population.</param>
    /// <param name="ranking">Indices into <paramref name="population"/>, best first.</param>
    /// <param name="size">Size of the next generation.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="generation">Index of the generation being bred from.</param>
    /// <param name="stream">The reproduction stream id.</param>
    /// <param name="innovations">The run's innovation tracker.</param>
    /// <returns>The next generation: elites first, then children.</returns>
    public Genome[] Breed(IReadOnlyList<Genome> population, IReadOnlyList<int> ranking, int size, ulong seed, int generation, ulong stream, InnovationTracker innovations)
    {
        int n = ranking.Count;
        int poolSize = Selection.PoolSize(n);
        int elites = Selection.Elites(size, poolSize);
        var next = new Genome[size];
        for (int i = 0; i < elites; i++)
        {
            next[i] = population[ranking[i]];
        }

        innovations.StartGeneration();
        for (int slot = elites; slot < size; slot++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(seed, (ulong)generation, stream, (ulong)slot));
            Genome parent = population[ranking[Selection.DrawParent(poolSize, ref rng)]];
            next[slot] = Mutator.Mutate(parent, ref rng, innovations, out _);
        }

        return next;
    }
}
