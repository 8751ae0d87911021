using Wann.Core.Genomes;

namespace Wann.Core.Speciation;

/// <summary>A NEAT species: genomes within the compatibility threshold of its representative.</summary>
/// <param name="id">Stable identity.</param>
/// <param name="representative">The genome new members are compared with.</param>
/// <param name="bestFitness">Best fitness any member ever had.</param>
/// <param name="lastImproved">Generation in which <paramref name="bestFitness"/> last rose.</param>
public sealed class Species(int id, Genome representative, double bestFitness, int lastImproved)
{
    /// <summary>Gets the species' identity.</summary>
    public int Id { get; } = id;

    /// <summary>Gets or sets the representative.</summary>
    public Genome Representative { get; set; } = representative;

    /// <summary>Gets or sets the best fitness ever reached by a member.</summary>
    public double BestFitness { get; set; } = bestFitness;

    /// <summary>Gets or sets the generation of the last improvement.</summary>
    public int LastImproved { get; set; } = lastImproved;

    /// <summary>Gets this generation's members (indices into the population).</summary>
    public List<int> Members { get; } = [];
}
