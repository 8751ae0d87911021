using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Core.Evolution;

/// <summary>
/// A search method in ask/tell form: <see cref="Ask"/> hands out the genomes to evaluate, <see cref="Tell"/>
/// takes their fitness and prepares the next generation. Everything the method carries between
/// generations lives in the <see cref="EvolutionState"/>, which is what a checkpoint stores: the population,
/// innovations and species of the built-in algorithms, and <see cref="EvolutionState.AlgorithmState"/> (JSON)
/// for anything else.
/// </summary>
/// <remarks>The <see cref="EvolutionLoop"/> evaluates, keeps the champion, writes the statistics and
/// advances <see cref="EvolutionState.Generation"/>; an algorithm only chooses genomes. Add one with a new
/// class and <see cref="SearchAlgorithms.Register(string, string, Func{SearchProblem, ISearchAlgorithm})"/>; the config's <c>mode</c> names it.</remarks>
public interface ISearchAlgorithm
{
    /// <summary>Gets the algorithm's name (the config's <c>mode</c>).</summary>
    string Name { get; }

    /// <summary>Gets how the genomes are evaluated: with the shared weight values or their own weights.</summary>
    WeightMode Weights { get; }

    /// <summary>Builds generation 0.</summary>
    /// <returns>The initial state.</returns>
    EvolutionState CreateInitialState();

    /// <summary>Returns the genomes to evaluate this generation.</summary>
    /// <param name="state">The run's state.</param>
    /// <returns>The genomes, in the order their fitness will be told.</returns>
    IReadOnlyList<Genome> Ask(EvolutionState state);

    /// <summary>Takes the fitness of the genomes <see cref="Ask"/> returned and puts the next generation in
    /// <paramref name="state"/> (after the run's last generation too, so a finished run can be extended exactly).</summary>
    /// <param name="state">The run's state (its <see cref="EvolutionState.Generation"/> is the generation just evaluated).</param>
    /// <param name="fitness">Fitness aligned with the asked genomes.</param>
    /// <returns>What ranked the generation, as written to the metrics' <c>rankedBy</c> column.</returns>
    string Tell(EvolutionState state, IReadOnlyList<GenomeFitness> fitness);
}
