using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Core.Evolution;

/// <summary>What the loop hands its observer after each generation.</summary>
/// <param name="Report">The generation's statistics.</param>
/// <param name="Best">The genome with the best mean fitness in the generation.</param>
/// <param name="BestFitness">Its fitness.</param>
/// <param name="Champion">The champion so far.</param>
/// <param name="ChampionChanged">Whether this generation produced a new champion.</param>
public sealed record GenerationOutcome(GenerationReport Report, Genome Best, GenomeFitness BestFitness, Champion Champion, bool ChampionChanged)
{
    /// <summary>Gets the evaluated population, in evaluation order (in NEAT mode, species members index into it).</summary>
    public IReadOnlyList<Genome> Population { get; init; } = [];

    /// <summary>Gets the fitness of every genome of <see cref="Population"/>.</summary>
    public IReadOnlyList<GenomeFitness> Fitness { get; init; } = [];
}
