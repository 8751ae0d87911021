using Wann.Core.Activation;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Speciation;
using Wann.Environments.Randomness;

namespace Wann.Core.Reproduction;

/// <summary>
/// NEAT reproduction: species that have not improved for <c>StagnationGenerations</c> get no offspring
/// (except the one holding the best genome); the others get offspring in proportion to their shared fitness
/// (mean of the members' fitness shifted to be non-negative: explicit fitness sharing); a species of five
/// or more keeps its champion unchanged; the rest are children of the species' best
/// <c>SurvivalThreshold</c> fraction, by crossover (aligned by innovation) or cloning, then mutated.
/// </summary>
/// <remarks>Each child slot draws from its own stream Mix(seed, generation, stream, slot), and slots are
/// filled in species order, so a run is a pure function of its seed. Mutations are registry operators, each tried
/// with its own chance (<see cref="NeatMutations"/>).</remarks>
public sealed class NeatBreeder
{
    private readonly NeatSettings _settings;
    private readonly IReadOnlyList<ActivationFunction> _hiddenActivations;
    private readonly (IMutationOperator Operator, double Chance)[] _mutations;

    /// <summary>Creates a breeder with NEAT's mutations (<see cref="NeatMutations.Create"/>).</summary>
    /// <param name="settings">NEAT settings.</param>
    /// <param name="hiddenActivations">Activations new hidden nodes may get.</param>
    public NeatBreeder(NeatSettings settings, IReadOnlyList<ActivationFunction> hiddenActivations)
        : this(settings, hiddenActivations, NeatMutations.Create(new ExperimentConfig { Neat = settings }))
    {
    }

    /// <summary>Creates a breeder with the given mutations.</summary>
    /// <param name="settings">NEAT settings.</param>
    /// <param name="hiddenActivations">Activations new hidden nodes may get.</param>
    /// <param name="mutations">Operators and their chances, tried in order on every child.</param>
    public NeatBreeder(NeatSettings settings, IReadOnlyList<ActivationFunction> hiddenActivations, IReadOnlyList<(IMutationOperator Operator, double Chance)> mutations)
    {
        ArgumentNullException.ThrowIfNull(mutations);
        _settings = settings;
        _hiddenActivations = hiddenActivations;
        _mutations = [.. mutations];
    }

    /// <summary>Breeds the next generation.</summary>
    /// <param name="population">The evaluated population.</param>
    /// <param name="fitness">Its fitness.</param>
    /// <param name="species">The species (already assigned for this population).</param>
    /// <param name="size">Size of the next generation.</param>
    /// <param name="seed">Run seed.</param>
    /// <param name="generation">The generation bred from.</param>
    /// <param name="stream">The reproduction stream id.</param>
    /// <param name="innovations">The run's innovation tracker.</param>
    /// <returns>The next generation.</returns>
    public Genome[] Breed(IReadOnlyList<Genome> population, IReadOnlyList<GenomeFitness> fitness, SpeciesSet species, int size, ulong seed, int generation, ulong stream, InnovationTracker innovations)
    {
        int best = 0;
        double min = double.PositiveInfinity;
        for (int i = 0; i < fitness.Count; i++)
        {
            best = fitness[i].Mean > fitness[best].Mean ? i : best;
            min = Math.Min(min, fitness[i].Mean);
        }

        // Stagnation bookkeeping and shared fitness per species.
        var shares = new double[species.All.Count];
        for (int s = 0; s < species.All.Count; s++)
        {
            Species sp = species.All[s];
            sp.Members.Sort((a, b) => fitness[b].Mean.CompareTo(fitness[a].Mean) is int c && c != 0 ? c : a.CompareTo(b));
            double top = fitness[sp.Members[0]].Mean;
            if (top > sp.BestFitness)
            {
                sp.BestFitness = top;
                sp.LastImproved = generation;
            }

            bool stagnant = generation - sp.LastImproved >= _settings.StagnationGenerations && !sp.Members.Contains(best);
            if (!stagnant)
            {
                double sum = 0.0;
                foreach (int m in sp.Members)
                {
                    sum += fitness[m].Mean - min + 1e-9;
                }

                shares[s] = sum / sp.Members.Count;
            }

            sp.Representative = population[sp.Members[0]];
        }

        int[] offspring = Allocate(shares, size);
        var next = new Genome[size];
        int slot = 0;
        innovations.StartGeneration();
        var context = new MutationContext(innovations, _hiddenActivations);
        for (int s = 0; s < species.All.Count; s++)
        {
            Species sp = species.All[s];
            int count = offspring[s];
            if (count == 0)
            {
                continue;
            }

            int breeders = Math.Max(1, (int)Math.Ceiling(_settings.SurvivalThreshold * sp.Members.Count));
            int start = slot;
            if (sp.Members.Count >= 5)
            {
                next[slot++] = population[sp.Members[0]]; // the species champion, unchanged
            }

            while (slot - start < count)
            {
                var rng = new Xoshiro256(SeedMixer.Mix(seed, (ulong)generation, stream, (ulong)slot));
                int a = sp.Members[rng.NextInt(breeders)];
                Genome child;
                if (rng.NextDouble() < _settings.Crossover && (breeders > 1 || species.All.Count > 1))
                {
                    int b = PickMate(species, s, breeders, ref rng);
                    (int fitter, int weaker) = fitness[a].Mean >= fitness[b].Mean ? (a, b) : (b, a);
                    child = Crossover.Cross(population[fitter], population[weaker], ref rng);
                }
                else
                {
                    child = population[a];
                }

                next[slot++] = Mutate(child, ref rng, context);
            }
        }

        return next;
    }

    private static int[] Allocate(double[] shares, int size)
    {
        // Largest remainder: offspring proportional to shares, summing exactly to size.
        double total = shares.Sum();
        var counts = new int[shares.Length];
        if (total <= 0)
        {
            counts[0] = size;
            return counts;
        }

        var remainders = new (double Remainder, int Index)[shares.Length];
        int given = 0;
        for (int s = 0; s < shares.Length; s++)
        {
            double exact = shares[s] / total * size;
            counts[s] = (int)Math.Floor(exact);
            given += counts[s];
            remainders[s] = (exact - counts[s], s);
        }

        foreach (var (_, index) in remainders.OrderByDescending(r => r.Remainder).ThenBy(r => r.Index).Take(size - given))
        {
            counts[index]++;
        }

        return counts;
    }

    private int PickMate(SpeciesSet species, int own, int breeders, ref Xoshiro256 rng)
    {
        if (species.All.Count > 1 && (breeders < 2 || rng.NextDouble() < _settings.InterspeciesMating))
        {
            int other = rng.NextInt(species.All.Count - 1);
            Species sp = species.All[other >= own ? other + 1 : other];
            return sp.Members[rng.NextInt(Math.Max(1, (int)Math.Ceiling(_settings.SurvivalThreshold * sp.Members.Count)))];
        }

        return species.All[own].Members[rng.NextInt(breeders)];
    }

    private Genome Mutate(Genome child, ref Xoshiro256 rng, MutationContext context)
    {
        foreach ((IMutationOperator op, double chance) in _mutations)
        {
            if (rng.NextDouble() < chance && op.TryApply(child, ref rng, context) is Genome mutated)
            {
                child = WithRandomNewLinks(child, mutated, ref rng);
            }
        }

        return child;
    }

    // A connection added between nodes the parent already had starts with a random weight in NEAT, rather than the
    // WANN default of 1 (a split node's two links keep theirs: they preserve the function, as in NEAT).
    private static Genome WithRandomNewLinks(Genome parent, Genome child, ref Xoshiro256 rng)
    {
        if (child.Connections.Length <= parent.Connections.Length)
        {
            return child;
        }

        var innovations = new HashSet<long>();
        foreach (ConnectionGene c in parent.Connections)
        {
            innovations.Add(c.Innovation);
        }

        var nodes = new HashSet<int>();
        foreach (NodeGene n in parent.Nodes)
        {
            nodes.Add(n.Id);
        }

        ConnectionGene[]? genes = null;
        for (int i = 0; i < child.Connections.Length; i++)
        {
            ConnectionGene c = child.Connections[i];
            if (!innovations.Contains(c.Innovation) && nodes.Contains(c.Source) && nodes.Contains(c.Target))
            {
                genes ??= child.Connections.ToArray();
                genes[i] = c with { Weight = rng.NextDouble(-1.0, 1.0) };
            }
        }

        return genes is null ? child : child.WithConnections(genes);
    }
}
