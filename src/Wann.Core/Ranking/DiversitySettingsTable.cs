using Wann.Core.Evolution;
using Wann.Core.Settings;
using Wann.Files;

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
    public static SettingField<ExperimentConfig> Field() => Setting<ExperimentConfig>.Custom(
        "diversity",
        "Settings of the behavioural diversity objective (ranking nsga2-diversity; ignored otherwise): an object with neighbours (k, default 15); written only when changed.",
        () => "an object of diversity settings",
        (e, path, problems, config) =>
        {
            if (e.ValueKind != System.Text.Json.JsonValueKind.Object)
            {
                problems.Problem(path, JsonFields.Raw(e), "an object of diversity settings");
                return config;
            }

            return config with { Diversity = Table.Read(e, path, problems, config.Diversity) };
        },
        (w, config) =>
        {
            if (config.Diversity != new DiversitySettings())
            {
                w.WriteStartObject("diversity");
                Table.Write(w, config.Diversity);
                w.WriteEndObject();
            }
        },
        config => Table.Problems(config.Diversity, "$.diversity") is { Count: > 0 } problems ? problems[0] : null,
        () => Table.Schema("Settings of the behavioural diversity objective (ranking nsga2-diversity)."),
        _ => "k = 15");
}
