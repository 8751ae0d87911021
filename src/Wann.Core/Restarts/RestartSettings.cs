using System.ComponentModel;
using Wann.Core.Settings;

namespace Wann.Core.Restarts;

/// <summary>
/// Settings of restarts with a growing population (mode <c>wann-ipop</c>, a config's <c>restarts</c> object; IPOP,
/// Auger &amp; Hansen 2005): when the run's champion has not changed for <see cref="StallGenerations"/> generations, the
/// population is replaced by fresh minimal genomes, <see cref="Growth"/> times as many, up to <see cref="MaxGrowth"/>
/// times the config's population (which bounds the run's evaluations at that multiple of a plain run's).
/// </summary>
[Description("Settings of restarts with a growing population (mode wann-ipop).")]
public sealed record RestartSettings
{
    /// <summary>Gets the generations without a new champion (since the run's start or the last restart) that trigger a restart.</summary>
    [Description("Generations without a new champion (since the start or the last restart) that trigger a restart.")]
    [SettingRange(1, int.MaxValue)]
    public int StallGenerations { get; init; } = 100;

    /// <summary>Gets the factor the population grows by at each restart.</summary>
    [Description("Factor the population grows by at each restart.")]
    [SettingRange(1, 1000)]
    public double Growth { get; init; } = 2.0;

    /// <summary>Gets the largest population, as a multiple of the config's; restarts beyond it keep that size.</summary>
    [Description("Largest population as a multiple of the config's (bounds the evaluations at that multiple).")]
    [SettingRange(1, 1000)]
    public double MaxGrowth { get; init; } = 4.0;
}
