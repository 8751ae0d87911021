using System.ComponentModel;
using Wann.Core.Settings;

namespace Wann.Core.Speciation;

/// <summary>
/// Settings of speciation by topology in WANN mode (mode <c>wann-speciated</c>, a config's <c>speciation</c> object).
/// Defaults follow NEAT practice (Stanley &amp; Miikkulainen 2002) where it applies: c1 = c2 = 1 on excess and disjoint
/// genes, a threshold starting at 3 and moved by 0.3 per generation toward the target species count, and no offspring
/// for a species that has not improved for 15 generations. There are no weights to compare, so the third term counts
/// hidden nodes whose activation differs.
/// </summary>
[Description("Settings of speciation by topology (mode wann-speciated).")]
public sealed record TopologySpeciationSettings
{
    /// <summary>Gets the excess-gene coefficient c1.</summary>
    [Description("Excess-gene coefficient c1 of the topology distance (enabled genes only).")]
    [SettingRange(0, 1e6)]
    public double ExcessCoefficient { get; init; } = 1.0;

    /// <summary>Gets the disjoint-gene coefficient c2.</summary>
    [Description("Disjoint-gene coefficient c2.")]
    [SettingRange(0, 1e6)]
    public double DisjointCoefficient { get; init; } = 1.0;

    /// <summary>Gets the coefficient c3 of nodes present in both genomes with different activations.</summary>
    [Description("Coefficient c3 of shared hidden nodes with different activations.")]
    [SettingRange(0, 1e6)]
    public double ActivationCoefficient { get; init; } = 0.5;

    /// <summary>Gets the initial compatibility threshold.</summary>
    [Description("Initial compatibility threshold.")]
    [SettingRange(1e-9, 1e6)]
    public double CompatibilityThreshold { get; init; } = 3.0;

    /// <summary>Gets how far the threshold moves per generation toward the target count.</summary>
    [Description("How far the threshold moves per generation toward the target count (also its floor).")]
    [SettingRange(1e-9, 1e6)]
    public double ThresholdStep { get; init; } = 0.3;

    /// <summary>Gets the number of species the threshold is steered toward (0: fixed threshold).</summary>
    [Description("Number of species the threshold is steered toward (0: fixed threshold).")]
    [SettingRange(0, 100_000)]
    public int TargetSpecies { get; init; } = 8;

    /// <summary>Gets the generations without improvement of its best mean after which a species gets no offspring.</summary>
    [Description("Generations without improvement after which a species gets no offspring.")]
    [SettingRange(1, int.MaxValue)]
    public int StagnationGenerations { get; init; } = 15;

    /// <summary>Gets the age (generations since founding) below which a species is protected: never stagnant, and its share boosted.</summary>
    [Description("Age in generations below which a species is protected (never stagnant, share boosted).")]
    [SettingRange(0, int.MaxValue)]
    public int YoungAge { get; init; } = 10;

    /// <summary>Gets the factor a young species' offspring share is multiplied by.</summary>
    [Description("Factor a young species' offspring share is multiplied by.")]
    [SettingRange(0, 1e6)]
    public double YoungBoost { get; init; } = 1.5;
}
