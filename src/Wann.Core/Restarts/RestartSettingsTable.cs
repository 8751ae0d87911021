using Wann.Core.Evolution;
using Wann.Core.Settings;

namespace Wann.Core.Restarts;

/// <summary>The fields of <see cref="RestartSettings"/> (a config's <c>restarts</c> object), declared once.</summary>
public static class RestartSettingsTable
{
    /// <summary>Gets the table.</summary>
    public static SettingsTable<RestartSettings> Table { get; } = new(
    [
        Setting<RestartSettings>.Whole("stallGenerations", "Generations without a new champion (since the start or the last restart) that trigger a restart.", 1, int.MaxValue, s => s.StallGenerations, (s, v) => s with { StallGenerations = (int)v }),
        Setting<RestartSettings>.Number("growth", "Factor the population grows by at each restart.", 1, 1000, s => s.Growth, (s, v) => s with { Growth = v }),
        Setting<RestartSettings>.Number("maxGrowth", "Largest population as a multiple of the config's (bounds the evaluations at that multiple).", 1, 1000, s => s.MaxGrowth, (s, v) => s with { MaxGrowth = v }),
    ]);

    /// <summary>The config's <c>restarts</c> field; written only when it differs from the defaults, so the configs and
    /// checkpoints of other runs keep their bytes.</summary>
    /// <returns>The field.</returns>
    public static SettingField<ExperimentConfig> Field() => Setting<ExperimentConfig>.Section(
        "restarts",
        "Settings of restarts with a growing population (mode wann-ipop; ignored otherwise): an object with stallGenerations (100), growth (2) and maxGrowth (4); written only when changed.",
        "restart settings",
        Table,
        c => c.Restarts,
        (c, v) => c with { Restarts = v },
        "Settings of restarts with a growing population (mode wann-ipop).",
        "IPOP",
        omittedWhenEqualTo: new RestartSettings());
}
