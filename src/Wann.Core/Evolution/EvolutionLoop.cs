using System.Diagnostics;
using Wann.Core.Activation;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>
/// The WANN search loop: evaluate the population with shared weights, keep the champion, rank on
/// Pareto fronts, breed the next generation.
/// </summary>
/// <remarks>
/// <para>One generation: (1) every genome runs each weight value × <c>Reps</c> episodes, all genomes on the
/// same episode seeds; (2) the generation's best genome by mean fitness is re-evaluated on
/// <c>ChampionReps</c> fixed validation episodes per weight, and becomes champion if it beats the
/// champion there (the reference's <c>checkBest</c>, made cheaper and less noisy with common random
/// numbers); (3) NSGA-II ranks on (mean, fewer connections) with probability <c>ProbMoo</c>, otherwise on
/// (mean, max); (4) the <see cref="Breeder"/> makes the next generation.</para>
/// <para>Everything random is derived from (seed, generation, stream, index), so the run is the same bit
/// for bit whatever evaluator or thread count is used.</para>
/// </remarks>
public sealed class EvolutionLoop
{
    private readonly ExperimentConfig _config;
    private readonly IPopulationEvaluator _evaluator;
    private readonly WannTask _task;
    private readonly Breeder _breeder;
    private readonly NeatBreeder _neatBreeder;

    /// <summary>Creates a loop.</summary>
    /// <param name="config">The experiment (already validated).</param>
    /// <param name="evaluator">The evaluation backend.</param>
    public EvolutionLoop(ExperimentConfig config, IPopulationEvaluator evaluator)
    {
        _config = config;
        _evaluator = evaluator;
        _task = TaskRegistry.Get(config.Task);
        var hidden = new List<ActivationFunction>();
        foreach (string name in config.HiddenActivations)
        {
            hidden.Add(ActivationFunctions.TryParse(name, out ActivationFunction f)
                ? f
                : throw new ArgumentException($"Unknown activation '{name}'.", nameof(config)));
        }

        _breeder = new Breeder(
            new SelectionSettings(config.CullRatio, config.EliteRatio, config.TournamentSize),
            new TopologyMutator(config.Mutation, hidden, config));
        _neatBreeder = new NeatBreeder(config.Neat, hidden);
    }

    private WeightMode Weights => _config.Mode == SearchMode.Neat ? WeightMode.Own : WeightMode.Shared;

    /// <summary>Builds generation 0.</summary>
    /// <returns>The initial state.</returns>
    public EvolutionState CreateInitialState()
    {
        if (!ActivationFunctions.TryParse(_config.OutputActivation, out ActivationFunction outputActivation))
        {
            throw new ArgumentException($"Unknown output activation '{_config.OutputActivation}'.");
        }

        int inputs = _task.InputCount;
        int outputs = _task.OutputCount;
        var innovations = new InnovationTracker(0, 1 + inputs + outputs);
        (NodeGene[] nodes, ConnectionGene[] candidates) = InitialPopulation.Skeleton(inputs, outputs, outputActivation, innovations);
        var population = new Genome[_config.Population];
        for (int i = 0; i < population.Length; i++)
        {
            var rng = new Xoshiro256(SeedMixer.Mix(_config.Seed, 0, RandomStreams.InitialPopulation, (ulong)i));
            population[i] = InitialPopulation.Create(inputs, outputs, nodes, candidates, _config.InitEnable, ref rng, _config.Recurrent);
            if (_config.Mode == SearchMode.Neat)
            {
                // NEAT starts from random weights: N(0, 1), within the weight cap.
                double cap = _config.Neat.WeightCap;
                var genes = population[i].Connections.ToArray();
                for (int c = 0; c < genes.Length; c++)
                {
                    genes[c] = genes[c] with { Weight = Math.Clamp(rng.NextGaussian(), -cap, cap) };
                }

                population[i] = population[i].WithConnections(genes);
            }
        }

        return new EvolutionState(0, population, innovations, null, 0)
        {
            Species = _config.Mode == SearchMode.Neat ? new SpeciesSet(_config.Neat.CompatibilityThreshold, 0) : null,
        };
    }

    /// <summary>Runs generations until <c>Generations</c> have been evaluated or cancellation is requested
    /// (the current generation is finished first).</summary>
    /// <param name="state">The state to continue from; advanced in place.</param>
    /// <param name="onGeneration">Called after every generation, before breeding the next.</param>
    /// <param name="cancellationToken">Stops the run between generations.</param>
    /// <returns>The final champion.</returns>
    public async Task<Champion> RunAsync(EvolutionState state, Func<GenerationOutcome, EvolutionState, ValueTask>? onGeneration = null, CancellationToken cancellationToken = default)
    {
        while (state.Generation < _config.Generations && !cancellationToken.IsCancellationRequested)
        {
            GenerationOutcome outcome = await StepAsync(state, CancellationToken.None).ConfigureAwait(false);
            if (onGeneration is not null)
            {
                await onGeneration(outcome, state).ConfigureAwait(false);
            }
        }

        return state.Champion ?? throw new InvalidOperationException("No generation was run.");
    }

    /// <summary>Evaluates the current generation, updates the champion and breeds the next generation.</summary>
    /// <param name="state">The state; advanced by one generation.</param>
    /// <param name="cancellationToken">Cancels evaluation.</param>
    /// <returns>The generation's outcome.</returns>
    public async Task<GenerationOutcome> StepAsync(EvolutionState state, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int generation = state.Generation;
        Genome[] population = state.Population;
        ulong seed = _config.Seed;

        var request = new EvaluationRequest(_config.Task, population, _config.Weights, _config.Reps,
            SeedMixer.Mix(seed, (ulong)generation, RandomStreams.Episodes), Weights);
        GenomeFitness[] fitness = await _evaluator.EvaluateAsync(request, cancellationToken).ConfigureAwait(false);
        foreach (GenomeFitness f in fitness)
        {
            state.Episodes += f.Episodes;
        }

        int best = 0;
        for (int i = 1; i < fitness.Length; i++)
        {
            if (fitness[i].Mean > fitness[best].Mean)
            {
                best = i;
            }
        }

        bool championChanged = await UpdateChampionAsync(state, population[best], fitness[best], generation, cancellationToken).ConfigureAwait(false);

        bool onConnections = false;
        if (_config.Mode == SearchMode.Neat)
        {
            SpeciesSet species = state.Species ?? throw new InvalidOperationException("A NEAT run needs its species.");
            species.Assign(population, _config.Neat, generation);
            if (generation + 1 < _config.Generations)
            {
                state.Population = _neatBreeder.Breed(population, fitness, species, _config.Population, seed, generation, RandomStreams.Reproduction, state.Innovations);
            }
        }
        else
        {
            var rankingRng = new Xoshiro256(SeedMixer.Mix(seed, (ulong)generation, RandomStreams.Ranking));
            onConnections = rankingRng.NextDouble() < _config.ProbMoo;
            var objectives = new double[fitness.Length][];
            for (int i = 0; i < fitness.Length; i++)
            {
                objectives[i] = onConnections
                    ? [fitness[i].Mean, RankingObjectives.Complexity(_config.Complexity, fitness[i].Connections)]
                    : [fitness[i].Mean, fitness[i].Max];
            }

            int[] ranking = ParetoRanking.Rank(objectives, _config.Crowding);
            if (generation + 1 < _config.Generations)
            {
                state.Population = _breeder.Breed(population, ranking, _config.Population, seed, generation, RandomStreams.Reproduction, state.Innovations);
            }
        }

        string rankedBy = _config.Mode == SearchMode.Neat ? "species" : onConnections ? "connections" : "max";
        GenerationReport report = Summarise(state, population, fitness, best, rankedBy, clock.Elapsed.TotalSeconds);

        state.Generation = generation + 1;
        report = report with { Seconds = clock.Elapsed.TotalSeconds };
        return new GenerationOutcome(report, population[best], fitness[best], state.Champion!, championChanged) { Population = population, Fitness = fitness };
    }

    private async Task<bool> UpdateChampionAsync(EvolutionState state, Genome candidate, GenomeFitness searchFitness, int generation, CancellationToken cancellationToken)
    {
        Champion? champion = state.Champion;
        if (champion is not null && (ReferenceEquals(champion.Genome, candidate) || champion.Genome.SameGenesAs(candidate)))
        {
            return false; // the champion again (an elite, or after a resume a copy of it): nothing new to validate
        }

        var validation = new EvaluationRequest(_config.Task, [candidate], _config.Weights, _config.ChampionReps,
            SeedMixer.Mix(_config.Seed, RandomStreams.ChampionValidation), Weights);
        GenomeFitness validated = (await _evaluator.EvaluateAsync(validation, cancellationToken).ConfigureAwait(false))[0];
        state.Episodes += validated.Episodes;
        if (champion is not null && !(validated.Mean > champion.ValidatedMean))
        {
            return false;
        }

        state.Champion = new Champion(candidate, generation, validated.Mean, validated.PerWeightMean, searchFitness.Mean);
        return true;
    }

    private static GenerationReport Summarise(EvolutionState state, Genome[] population, GenomeFitness[] fitness, int best, string rankedBy, double seconds)
    {
        int n = fitness.Length;
        var means = new double[n];
        var connections = new double[n];
        var nodes = new double[n];
        double sum = 0.0;
        double bestMax = double.NegativeInfinity;
        for (int i = 0; i < n; i++)
        {
            means[i] = fitness[i].Mean;
            connections[i] = fitness[i].Connections;
            nodes[i] = population[i].Nodes.Length;
            sum += means[i];
            bestMax = Math.Max(bestMax, fitness[i].Max);
        }

        Champion champion = state.Champion!;
        return new GenerationReport(
            state.Generation,
            state.Episodes,
            fitness[best].Mean,
            Median(means),
            sum / n,
            bestMax,
            fitness[best].Connections,
            Median(connections),
            Median(nodes),
            champion.ValidatedMean,
            champion.Genome.EnabledConnectionCount,
            champion.Generation,
            rankedBy,
            seconds);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        int n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[(n / 2) - 1] + values[n / 2]) / 2.0;
    }
}
