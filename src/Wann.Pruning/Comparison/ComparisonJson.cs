namespace Wann.Pruning.Comparison;

/// <summary>A <c>wann compare</c> config as bound by <see cref="PruningJsonContext"/>.</summary>
internal sealed class ComparisonJson
{
    /// <summary>Gets or sets the comparison's name (default: the file's name).</summary>
    public string? Name { get; set; }

    /// <summary>Gets or sets a free description.</summary>
    public string? Description { get; set; }

    /// <summary>Gets or sets the WANN champion genome files.</summary>
    public List<string> Wann { get; set; } = [];

    /// <summary>Gets or sets the points.csv files of earlier pruning studies.</summary>
    public List<string> Pruning { get; set; } = [];

    /// <summary>Gets or sets the pruning runs matched to the champions' connection counts (none when absent).</summary>
    public MatchedJson? Matched { get; set; }
}
