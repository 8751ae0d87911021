using Wann.Core.Evolution;

namespace Wann.Core.Settings;

/// <summary>The fields of <see cref="NeatSettings"/> (a config's <c>neat</c> object), declared once.</summary>
public static class NeatSettingsTable
{
    /// <summary>Gets the table.</summary>
    public static SettingsTable<NeatSettings> Table { get; } = new(
    [
        Setting<NeatSettings>.Number("weightMutation", "Chance a child's weights are mutated.", 0, 1, s => s.WeightMutation, (s, v) => s with { WeightMutation = v }),
        Setting<NeatSettings>.Number("weightPerturb", "Chance a mutated weight is perturbed (otherwise reset uniformly within the cap).", 0, 1, s => s.WeightPerturb, (s, v) => s with { WeightPerturb = v }),
        Setting<NeatSettings>.Number("weightSigma", "Standard deviation of a weight perturbation.", 0, 1e6, s => s.WeightSigma, (s, v) => s with { WeightSigma = v }),
        Setting<NeatSettings>.Number("weightCap", "Largest absolute weight.", 1e-9, 1e6, s => s.WeightCap, (s, v) => s with { WeightCap = v }),
        Setting<NeatSettings>.Number("addNode", "Chance a child gets a new node.", 0, 1, s => s.AddNode, (s, v) => s with { AddNode = v }),
        Setting<NeatSettings>.Number("addConnection", "Chance a child gets a new connection.", 0, 1, s => s.AddConnection, (s, v) => s with { AddConnection = v }),
        Setting<NeatSettings>.Number("crossover", "Chance an offspring is made by crossover rather than by mutation alone.", 0, 1, s => s.Crossover, (s, v) => s with { Crossover = v }),
        Setting<NeatSettings>.Number("interspeciesMating", "Chance a crossover takes its second parent from another species.", 0, 1, s => s.InterspeciesMating, (s, v) => s with { InterspeciesMating = v }),
        Setting<NeatSettings>.Number("excessCoefficient", "Excess-gene coefficient c1 of the compatibility distance.", 0, 1e6, s => s.ExcessCoefficient, (s, v) => s with { ExcessCoefficient = v }),
        Setting<NeatSettings>.Number("disjointCoefficient", "Disjoint-gene coefficient c2.", 0, 1e6, s => s.DisjointCoefficient, (s, v) => s with { DisjointCoefficient = v }),
        Setting<NeatSettings>.Number("weightCoefficient", "Weight-difference coefficient c3.", 0, 1e6, s => s.WeightCoefficient, (s, v) => s with { WeightCoefficient = v }),
        Setting<NeatSettings>.Number("compatibilityThreshold", "Initial compatibility threshold.", 1e-9, 1e6, s => s.CompatibilityThreshold, (s, v) => s with { CompatibilityThreshold = v }),
        Setting<NeatSettings>.Whole("targetSpecies", "Number of species the threshold is steered toward (0: fixed threshold).", 0, 100_000, s => s.TargetSpecies, (s, v) => s with { TargetSpecies = (int)v }),
        Setting<NeatSettings>.Whole("stagnationGenerations", "Generations without improvement after which a species gets no offspring.", 1, int.MaxValue, s => s.StagnationGenerations, (s, v) => s with { StagnationGenerations = (int)v }),
        Setting<NeatSettings>.Number("survivalThreshold", "Fraction of each species (best first) allowed to breed.", 1e-9, 1, s => s.SurvivalThreshold, (s, v) => s with { SurvivalThreshold = v }),
    ]);
}
