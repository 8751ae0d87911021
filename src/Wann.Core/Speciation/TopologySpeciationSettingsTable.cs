using Wann.Core.Evolution;
using Wann.Core.Settings;

namespace Wann.Core.Speciation;

/// <summary>The fields of <see cref="TopologySpeciationSettings"/> (a config's <c>speciation</c> object), declared once.</summary>
public static class TopologySpeciationSettingsTable
{
    /// <summary>Gets the table.</summary>
    public static SettingsTable<TopologySpeciationSettings> Table { get; } = new(
    [
        Setting<TopologySpeciationSettings>.Number("excessCoefficient", "Excess-gene coefficient c1 of the topology distance (enabled genes only).", 0, 1e6, s => s.ExcessCoefficient, (s, v) => s with { ExcessCoefficient = v }),
        Setting<TopologySpeciationSettings>.Number("disjointCoefficient", "Disjoint-gene coefficient c2.", 0, 1e6, s => s.DisjointCoefficient, (s, v) => s with { DisjointCoefficient = v }),
        Setting<TopologySpeciationSettings>.Number("activationCoefficient", "Coefficient c3 of shared hidden nodes with different activations.", 0, 1e6, s => s.ActivationCoefficient, (s, v) => s with { ActivationCoefficient = v }),
        Setting<TopologySpeciationSettings>.Number("compatibilityThreshold", "Initial compatibility threshold.", 1e-9, 1e6, s => s.CompatibilityThreshold, (s, v) => s with { CompatibilityThreshold = v }),
        Setting<TopologySpeciationSettings>.Number("thresholdStep", "How far the threshold moves per generation toward the target count (also its floor).", 1e-9, 1e6, s => s.ThresholdStep, (s, v) => s with { ThresholdStep = v }),
        Setting<TopologySpeciationSettings>.Whole("targetSpecies", "Number of species the threshold is steered toward (0: fixed threshold).", 0, 100_000, s => s.TargetSpecies, (s, v) => s with { TargetSpecies = (int)v }),
        Setting<TopologySpeciationSettings>.Whole("stagnationGenerations", "Generations without improvement after which a species gets no offspring.", 1, int.MaxValue, s => s.StagnationGenerations, (s, v) => s with { StagnationGenerations = (int)v }),
        Setting<TopologySpeciationSettings>.Whole("youngAge", "Age in generations below which a species is protected (never stagnant, share boosted).", 0, int.MaxValue, s => s.YoungAge, (s, v) => s with { YoungAge = (int)v }),
        Setting<TopologySpeciationSettings>.Number("youngBoost", "Factor a young species' offspring share is multiplied by.", 0, 1e6, s => s.YoungBoost, (s, v) => s with { YoungBoost = v }),
    ]);

    /// <summary>The config's <c>speciation</c> field; written only when it differs from the defaults, so the configs and
    /// checkpoints of other runs keep their bytes.</summary>
    /// <returns>The field.</returns>
    public static SettingField<ExperimentConfig> Field() => Setting<ExperimentConfig>.Section(
        "speciation",
        "Settings of speciation by topology (mode wann-speciated; ignored otherwise): an object with " + string.Join(", ", Table.KnownNames) + "; written only when changed.",
        "speciation settings",
        Table,
        c => c.Speciation,
        (c, v) => c with { Speciation = v },
        "Settings of speciation by topology (mode wann-speciated).",
        "NEAT practice",
        omittedWhenEqualTo: new TopologySpeciationSettings());
}
