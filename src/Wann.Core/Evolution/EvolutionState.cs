using System.Text.Json.Nodes;
using Wann.Core.Genomes;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;

namespace Wann.Core.Evolution;

/// <summary>
/// Everything a run carries from one generation to the next. Because every random stream is derived
/// from (seed, generation, ...), this is all a checkpoint needs besides the config and metrics.
/// </summary>
public sealed class EvolutionState
{
    /// <summary>Creates a state.</summary>
    /// <param name="generation">The next generation to evaluate.</param>
    /// <param name="population">The population of that generation.</param>
    /// <param name="innovations">The innovation tracker.</param>
    /// <param name="champion">The champion so far, if any.</param>
    /// <param name="episodes">Episodes run so far.</param>
    public EvolutionState(int generation, Genome[] population, InnovationTracker innovations, Champion? champion, long episodes)
    {
        Generation = generation;
        Population = population;
        Innovations = innovations;
        Champion = champion;
        Episodes = episodes;
    }

    /// <summary>Gets or sets the next generation to evaluate.</summary>
    public int Generation { get; set; }

    /// <summary>Gets or sets the population of <see cref="Generation"/>.</summary>
    public Genome[] Population { get; set; }

    /// <summary>Gets the innovation tracker.</summary>
    public InnovationTracker Innovations { get; }

    /// <summary>Gets or sets the champion so far.</summary>
    public Champion? Champion { get; set; }

    /// <summary>Gets or sets the number of episodes run so far.</summary>
    public long Episodes { get; set; }

    /// <summary>Gets or sets the species (NEAT mode only).</summary>
    public SpeciesSet? Species { get; set; }

    /// <summary>Gets or sets whatever else an algorithm carries between generations (e.g. a plug-in's search
    /// distribution), as JSON so that checkpoints store it as is; null for the built-in algorithms.</summary>
    public JsonObject? AlgorithmState { get; set; }
}
