using Wann.Core.Evolution;
using Wann.Core.Settings;

namespace Wann.Core.Ranking;

/// <summary>The fields of <see cref="DiversitySettings"/> (a config's <c>diversity</c> object), declared once.</summary>
public static class DiversitySettingsTable
{
    /// <summary>Gets the table.</summary>
    public static SettingsTable<DiversitySettings> Table { get; } = new(
    [
        Setting<DiversitySettings>.Whole("neighbours", "k: diversity is the mean behaviour distance to the k nearest genomes of the generation.", 1, 1_000_000, s => s.Neighbours, (s, v) => s with { Neighbours = (int)v }),
    ]);

    /// <summary>The config's <c>diversity</c> field; written only when it differs from the defaults, so the configs and
    /// checkpoints of other runs keep their bytes.</summary>
    /// <returns>The field.</returns>
    public static SettingField<ExperimentConfig> Field() => Setting<ExperimentConfig>.Section(
        "diversity",
        "Settings of the behavioural diversity objective (ranking nsga2-diversity; ignored otherwise): an object with neighbours (k, default 15); written only when changed.",
        "diversity settings",
        Table,
        c => c.Diversity,
        (c, v) => c with { Diversity = v },
        "Settings of the behavioural diversity objective (ranking nsga2-diversity).",
        "k = 15",
        omittedWhenEqualTo: new DiversitySettings());
}
