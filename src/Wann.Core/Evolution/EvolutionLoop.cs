using System.Diagnostics;
using MathNet.Numerics.Statistics;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Tasks;
using Wann.Environments.Randomness;

namespace Wann.Core.Evolution;

/// <summary>
/// The search loop: ask the algorithm for genomes, evaluate them, keep the champion, tell the algorithm
/// their fitness, and summarise the generation. What is searched and how is the <see cref="ISearchAlgorithm"/>
/// the config's <c>mode</c> names (<see cref="SearchAlgorithms"/>).
/// </summary>
/// <remarks>
/// <para>One generation: (1) every asked genome runs each weight value × <c>Reps</c> episodes (or its own
/// weights), all genomes on the same episode seeds; (2) the generation's best genome by mean fitness is
/// re-evaluated on <c>ChampionReps</c> fixed validation episodes per weight, and becomes champion if it
/// beats the champion there (the reference's <c>checkBest</c>, made cheaper and less noisy with common
/// random numbers); (3) the algorithm is told the fitness and prepares the next generation.</para>
/// <para>Everything random is derived from (seed, generation, stream, index), so the run is the same bit
/// for bit whatever evaluator or thread count is used.</para>
/// </remarks>
public sealed class EvolutionLoop
{
    private readonly ExperimentConfig _config;
    private readonly IPopulationEvaluator _evaluator;
    private readonly WannTask _task;

    /// <summary>Creates a loop running the algorithm the config's <c>mode</c> names.</summary>
    /// <param name="config">The experiment (already validated).</param>
    /// <param name="evaluator">The evaluation backend.</param>
    public EvolutionLoop(ExperimentConfig config, IPopulationEvaluator evaluator)
        : this(config, evaluator, null)
    {
    }

    /// <summary>Creates a loop running a given algorithm.</summary>
    /// <param name="config">The experiment; a config built in code is checked against the declared bounds here.</param>
    /// <param name="evaluator">The evaluation backend.</param>
    /// <param name="algorithm">The algorithm; null builds the one the config's <c>mode</c> names.</param>
    /// <exception cref="ArgumentException">A field is out of its declared bounds (every problem is listed).</exception>
    public EvolutionLoop(ExperimentConfig config, IPopulationEvaluator evaluator, ISearchAlgorithm? algorithm)
    {
        Settings.ExperimentSettings.EnsureValid(config);
        _config = config;
        _evaluator = evaluator;
        _task = TaskRegistry.Get(config.Task);
        Algorithm = algorithm ?? SearchAlgorithms.Create(new SearchProblem(config, _task.InputCount, _task.OutputCount));
    }

    /// <summary>Gets the search algorithm.</summary>
    public ISearchAlgorithm Algorithm { get; }

    /// <summary>Builds generation 0.</summary>
    /// <returns>The initial state.</returns>
    public EvolutionState CreateInitialState() => Algorithm.CreateInitialState();

    /// <summary>Runs generations until <c>Generations</c> have been evaluated or cancellation is requested
    /// (the current generation is finished first).</summary>
    /// <param name="state">The state to continue from; advanced in place.</param>
    /// <param name="onGeneration">Called after every generation, before breeding the next.</param>
    /// <param name="cancellationToken">Stops the run between generations.</param>
    /// <returns>The final champion.</returns>
    /// <exception cref="InvalidOperationException">Cancelled before any generation was evaluated (there is no champion yet;
    /// <see cref="RunGenerationsAsync"/> stops without one).</exception>
    public async Task<Champion> RunAsync(EvolutionState state, Func<GenerationOutcome, EvolutionState, ValueTask>? onGeneration = null, CancellationToken cancellationToken = default)
    {
        await RunGenerationsAsync(state, onGeneration, cancellationToken).ConfigureAwait(false);
        return state.Champion ?? throw new InvalidOperationException("No generation was run.");
    }

    /// <summary>Runs generations like <see cref="RunAsync"/>, but a cancellation before the first generation simply stops
    /// (a Ctrl+C during start-up), leaving the state without a champion.</summary>
    /// <param name="state">The state to continue from; advanced in place.</param>
    /// <param name="onGeneration">Called after every generation, before breeding the next.</param>
    /// <param name="cancellationToken">Stops the run between generations.</param>
    /// <returns>A task that completes when the run stops.</returns>
    public async Task RunGenerationsAsync(EvolutionState state, Func<GenerationOutcome, EvolutionState, ValueTask>? onGeneration = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(state);
        while (state.Generation < _config.Generations && !cancellationToken.IsCancellationRequested)
        {
            GenerationOutcome outcome = await StepAsync(state, CancellationToken.None).ConfigureAwait(false);
            if (onGeneration is not null)
            {
                await onGeneration(outcome, state).ConfigureAwait(false);
            }
        }
    }

    /// <summary>Evaluates the current generation, updates the champion and breeds the next generation. The last
    /// generation of a run is bred too, so a finished run's checkpoint continues with <c>resume --generations N</c>
    /// exactly as a longer run would have (breeding draws from its own seeded stream and changes no result).</summary>
    /// <param name="state">The state; advanced by one generation.</param>
    /// <param name="cancellationToken">Cancels evaluation.</param>
    /// <returns>The generation's outcome.</returns>
    public async Task<GenerationOutcome> StepAsync(EvolutionState state, CancellationToken cancellationToken = default)
    {
        var clock = Stopwatch.StartNew();
        int generation = state.Generation;
        IReadOnlyList<Genome> population = Algorithm.Ask(state);
        ulong seed = _config.Seed;

        var request = new EvaluationRequest(_config.Task, population, GenerationWeights.ForGeneration(_config, generation), _config.Reps,
            SeedMixer.Mix(seed, (ulong)generation, RandomStreams.Episodes), Algorithm.Weights);
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

        string rankedBy = Algorithm.Tell(state, fitness);
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

        var validation = new EvaluationRequest(_config.Task, [candidate], GenerationWeights.ForValidation(_config), _config.ChampionReps,
            SeedMixer.Mix(_config.Seed, RandomStreams.ChampionValidation), Algorithm.Weights);
        GenomeFitness validated = (await _evaluator.EvaluateAsync(validation, cancellationToken).ConfigureAwait(false))[0];
        state.Episodes += validated.Episodes;
        if (champion is not null && !(validated.Mean > champion.ValidatedMean))
        {
            return false;
        }

        state.Champion = new Champion(candidate, generation, validated.Mean, validated.PerWeightMean, searchFitness.Mean);
        return true;
    }

    private static GenerationReport Summarise(EvolutionState state, IReadOnlyList<Genome> population, GenomeFitness[] fitness, int best, string rankedBy, double seconds)
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

    // MathNet (in place, on a scratch array) averages the two middle values of an even count, as metrics.csv always did.
    private static double Median(double[] values) => ArrayStatistics.MedianInplace(values);
}
