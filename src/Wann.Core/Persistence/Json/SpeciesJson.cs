namespace Wann.Core.Persistence;

/// <summary>One species in a checkpoint.</summary>
internal sealed class SpeciesJson
{
    /// <summary>Gets or sets the species id.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets its best fitness so far (-1e308 stands for none: JSON has no infinity).</summary>
    public double BestFitness { get; set; }

    /// <summary>Gets or sets the generation it last improved in.</summary>
    public int LastImproved { get; set; }

    /// <summary>Gets or sets its representative genome (null when absent, which is a problem).</summary>
    public GenomeJson? Representative { get; set; }
}
