using System.ComponentModel;
using Wann.Core.Settings;

namespace Wann.Core.Ranking;

/// <summary>
/// Settings of behavioural diversity (rankings <c>nsga2-diversity</c> and <c>nsga2-diversity-fronts</c>, a config's <c>diversity</c> object).
/// </summary>
[Description("Settings of behavioural diversity (rankings nsga2-diversity and nsga2-diversity-fronts).")]
public sealed record DiversitySettings
{
    /// <summary>Gets k: a genome's diversity is its mean behaviour distance to its k nearest others in the generation
    /// (15, the usual choice in novelty search, Lehman &amp; Stanley 2011).</summary>
    [Description("k: diversity is the mean behaviour distance to the k nearest genomes of the generation.")]
    [SettingRange(1, 1_000_000)]
    public int Neighbours { get; init; } = 15;
}
