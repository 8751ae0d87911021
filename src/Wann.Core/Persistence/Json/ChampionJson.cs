namespace Wann.Core.Persistence;

/// <summary>The champion in a checkpoint.</summary>
internal sealed class ChampionJson
{
    /// <summary>Gets or sets the generation it was found in.</summary>
    public int Generation { get; set; }

    /// <summary>Gets or sets its validated mean.</summary>
    public double ValidatedMean { get; set; }

    /// <summary>Gets or sets its mean during the search.</summary>
    public double SearchMean { get; set; }

    /// <summary>Gets or sets its validated mean per shared weight.</summary>
    public List<double> ValidatedPerWeight { get; set; } = [];

    /// <summary>Gets or sets its genome (null when absent, which is a problem).</summary>
    public GenomeJson? Genome { get; set; }
}
