namespace Wann.Core.Persistence;

/// <summary>The species of a NEAT run in a checkpoint.</summary>
internal sealed class SpeciesSetJson
{
    /// <summary>Gets or sets the compatibility threshold.</summary>
    public double Threshold { get; set; } = 3.0;

    /// <summary>Gets or sets the next species id.</summary>
    public int NextId { get; set; }

    /// <summary>Gets or sets the species (null when absent, which is a problem).</summary>
    public List<SpeciesJson>? All { get; set; }
}
