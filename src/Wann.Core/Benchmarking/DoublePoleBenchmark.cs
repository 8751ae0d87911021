using System.Diagnostics;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Environments.PoleBalancing;
using Wann.Environments.Randomness;

namespace Wann.Core.Benchmarking;

/// <summary>
/// The classic double-pole benchmark run the way NEAT's own code runs it, reporting evaluations to solve.
/// </summary>
/// <remarks>
/// <para>Markov (velocities given): every network is evaluated once; its fitness is the number of steps it
/// balances, up to 100,000; the run is solved when one balances 100,000 steps. Evaluations to solve are
/// counted as NEAT counts them: population × finished generations + the winner's position.</para>
/// <para>Non-Markov: fitness is Gruau's damping fitness; after each generation the champion of the best
/// species not checked before (NEAT's pole2_epoch) must balance 100,000 steps from the standard start and
/// then survive 1,000 steps from at least 200 of the 625 generalisation starts. Every network evaluation
/// counts: the population's, the 100,000-step test (1) and the generalisation test (625);
/// <see cref="DoublePoleRun.PopulationEvaluations"/> also gives NEAT C++'s own formula, population ×
/// generations before + the winner's position, which leaves the tests out.</para>
/// <para>Champion validation episodes, which are Wann's own bookkeeping, are not counted.</para>
/// </remarks>
public static class DoublePoleBenchmark
{
    /// <summary>Steps a network must balance to solve the task.</summary>
    public const int SuccessSteps = 100_000;

    /// <summary>Generalisation starts that must be passed.</summary>
    public const int GeneralizationNeeded = 200;

    /// <summary>Runs one seeded run.</summary>
    /// <param name="config">The NEAT experiment (task doublepole-100k or doublepole-novel).</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="threads">Evaluation threads.</param>
    /// <returns>The outcome.</returns>
    public static async Task<DoublePoleRun> RunAsync(ExperimentConfig config, ulong seed, int threads)
    {
        bool markov = config.Task != "doublepole-novel";
        config = config with { Seed = seed };
        var clock = Stopwatch.StartNew();
        using var evaluator = new LocalPopulationEvaluator(threads);
        var loop = new EvolutionLoop(config, evaluator);
        EvolutionState state = loop.CreateInitialState();
        long evaluations = 0;
        var checkedSpecies = new HashSet<int>();
        while (state.Generation < config.Generations)
        {
            Genome[] population = state.Population;
            int generation = state.Generation;
            GenerationOutcome outcome = await loop.StepAsync(state).ConfigureAwait(false);
            if (markov)
            {
                if (outcome.BestFitness.Mean >= SuccessSteps)
                {
                    int position = Array.IndexOf(population, outcome.Best) + 1;
                    long count = ((long)config.Population * generation) + position;
                    return new DoublePoleRun(seed, true, count, generation + 1, null, clock.Elapsed.TotalSeconds) { PopulationEvaluations = count };
                }

                evaluations += population.Length;
                continue;
            }

            // NEAT's pole2_epoch: each generation the champion of the best species not checked before must
            // balance 100,000 steps, then pass the generalisation test; a species is checked once.
            (Genome candidate, int slot) = NextSpeciesChampion(outcome, state, checkedSpecies);
            evaluations += population.Length + 1;
            if (BalancedSteps(candidate, velocities: false) >= SuccessSteps)
            {
                int passed = Generalization(candidate);
                evaluations += 625;
                if (passed >= GeneralizationNeeded)
                {
                    long neatCount = ((long)config.Population * generation) + slot + 1;
                    return new DoublePoleRun(seed, true, evaluations, generation + 1, passed, clock.Elapsed.TotalSeconds) { PopulationEvaluations = neatCount };
                }
            }
        }

        return new DoublePoleRun(seed, false, evaluations, state.Generation, null, clock.Elapsed.TotalSeconds) { PopulationEvaluations = (long)config.Population * state.Generation };
    }

    /// <summary>
    /// The network NEAT tests this generation: species ordered by their best member's fitness, the first one
    /// not yet checked gives its best member (and is marked checked). Without species (or when every species
    /// was checked) the generation's best is tested.
    /// </summary>
    /// <param name="outcome">The generation's outcome (population and fitness).</param>
    /// <param name="state">The run state, whose species index into the evaluated population.</param>
    /// <param name="checkedSpecies">Ids of species already checked; updated.</param>
    /// <returns>The network and its position in the population.</returns>
    public static (Genome Genome, int Position) NextSpeciesChampion(GenerationOutcome outcome, EvolutionState state, HashSet<int> checkedSpecies)
    {
        int bestIndex = -1;
        int bestSpecies = -1;
        foreach (var species in state.Species?.All ?? [])
        {
            if (checkedSpecies.Contains(species.Id) || species.Members.Count == 0)
            {
                continue;
            }

            int champion = species.Members[0];
            foreach (int m in species.Members)
            {
                if (outcome.Fitness[m].Mean > outcome.Fitness[champion].Mean)
                {
                    champion = m;
                }
            }

            if (bestIndex < 0 || outcome.Fitness[champion].Mean > outcome.Fitness[bestIndex].Mean)
            {
                bestIndex = champion;
                bestSpecies = species.Id;
            }
        }

        if (bestIndex < 0)
        {
            int index = -1;
            for (int i = 0; i < outcome.Population.Count; i++)
            {
                if (ReferenceEquals(outcome.Population[i], outcome.Best))
                {
                    index = i;
                    break;
                }
            }

            return (outcome.Best, Math.Max(0, index));
        }

        checkedSpecies.Add(bestSpecies);
        return (outcome.Population[bestIndex], bestIndex);
    }

    /// <summary>Steps a network balances from the standard start (network state flushed), up to 100,000.</summary>
    /// <param name="genome">The network, with its own weights.</param>
    /// <param name="velocities">Which variant.</param>
    /// <returns>Steps balanced.</returns>
    public static int BalancedSteps(Genome genome, bool velocities)
    {
        var env = new DoublePole(1, velocities, SuccessSteps);
        env.Reset([0]);
        return Run(genome, env, SuccessSteps)[0];
    }

    /// <summary>How many of the 625 generalisation starts the network survives for 1,000 steps.</summary>
    /// <param name="genome">The network (non-Markov), with its own weights.</param>
    /// <returns>Starts passed.</returns>
    public static int Generalization(Genome genome)
    {
        double[][] starts = DoublePole.GeneralizationStarts();
        var env = new DoublePole(starts.Length, velocities: false, stepLimit: 1000);
        for (int i = 0; i < starts.Length; i++)
        {
            env.SetState(i, starts[i]);
        }

        int passed = 0;
        foreach (int steps in Run(genome, env, 1000))
        {
            passed += steps >= 1000 ? 1 : 0;
        }

        return passed;
    }

    private static int[] Run(Genome genome, DoublePole env, int limit)
    {
        int lanes = env.LaneCount;
        var network = new LaneNetwork(lanes);
        network.LoadOwnWeights(genome.Program);
        network.ResetState();
        var observations = new double[env.Spec.ObservationSize * lanes];
        var outputs = new double[lanes];
        var rewards = new double[lanes];
        var steps = new int[lanes];
        for (int t = 0; t < limit && env.RunningLaneCount > 0; t++)
        {
            env.WriteObservations(observations);
            network.Activate(observations, outputs);
            env.Step(outputs, rewards);
            for (int i = 0; i < lanes; i++)
            {
                steps[i] += rewards[i] > 0 ? 1 : 0;
            }
        }

        return steps;
    }

    /// <summary>Derives the seed of run <paramref name="run"/> from a base seed.</summary>
    /// <param name="baseSeed">The base seed.</param>
    /// <param name="run">Run index.</param>
    /// <returns>The run's seed.</returns>
    public static ulong RunSeed(ulong baseSeed, int run) => SeedMixer.Mix(baseSeed, 0xD0B1E, (ulong)run);
}
