using System.ComponentModel;
using Wann.Core.Reproduction;
using Wann.Core.Settings;
using Wann.Core.Settings.Shapes;

namespace Wann.Core.Evolution;

/// <summary>
/// Settings of classic NEAT mode (Stanley &amp; Miikkulainen 2002). Defaults follow the NEAT paper and
/// SharpNEAT where they agree: 75% of offspring by crossover, weights perturbed by a Gaussian (90%) or
/// reset (10%), compatibility δ = c1·E/N + c2·D/N + c3·W̄ with c1 = c2 = 1, c3 = 0.4, stagnation after 15
/// generations, the best 20% of a species may breed, and species of five or more keep their champion.
/// </summary>
[Description("Settings of NEAT mode (ignored in WANN mode).")]
public sealed record NeatSettings
{
    /// <summary>Gets the chance a child's weights are mutated.</summary>
    [Description("Chance a child's weights are mutated.")]
    [SettingRange(0, 1)]
    public double WeightMutation { get; init; } = 0.8;

    /// <summary>Gets the chance a mutated weight is perturbed (otherwise reset uniformly within ±<see cref="WeightCap"/>).</summary>
    [Description("Chance a mutated weight is perturbed (otherwise reset uniformly within the cap).")]
    [SettingRange(0, 1)]
    public double WeightPerturb { get; init; } = 0.9;

    /// <summary>Gets the standard deviation of a weight perturbation.</summary>
    [Description("Standard deviation of a weight perturbation.")]
    [SettingRange(0, 1e6)]
    public double WeightSigma { get; init; } = 0.5;

    /// <summary>Gets the largest absolute weight.</summary>
    [Description("Largest absolute weight.")]
    [SettingRange(1e-9, 1e6)]
    public double WeightCap { get; init; } = 5.0;

    /// <summary>Gets the chance a child gets a new node.</summary>
    [Description("Chance a child gets a new node.")]
    [SettingRange(0, 1)]
    public double AddNode { get; init; } = 0.03;

    /// <summary>Gets the chance a child gets a new connection.</summary>
    [Description("Chance a child gets a new connection.")]
    [SettingRange(0, 1)]
    public double AddConnection { get; init; } = 0.05;

    /// <summary>Gets the chances of further mutation operators (registered with <see cref="MutationOperators.Register"/>),
    /// each tried on every child after NEAT's own three.</summary>
    [Description("Chances of further mutation operators (registered with MutationOperators.Register, e.g. by a plug-in), each tried on every child, in this order, after weights, addNode and addConnection; written only when set.")]
    [SettingShape(typeof(OperatorChancesShape))]
    [WrittenWhenNotDefault]
    public OperatorChances Mutations { get; init; } = OperatorChances.None;

    /// <summary>Gets the chance an offspring is made by crossover rather than by mutation alone.</summary>
    [Description("Chance an offspring is made by crossover rather than by mutation alone.")]
    [SettingRange(0, 1)]
    public double Crossover { get; init; } = 0.75;

    /// <summary>Gets the chance a crossover takes its second parent from another species.</summary>
    [Description("Chance a crossover takes its second parent from another species.")]
    [SettingRange(0, 1)]
    public double InterspeciesMating { get; init; } = 0.001;

    /// <summary>Gets the excess-gene coefficient c1.</summary>
    [Description("Excess-gene coefficient c1 of the compatibility distance.")]
    [SettingRange(0, 1e6)]
    public double ExcessCoefficient { get; init; } = 1.0;

    /// <summary>Gets the disjoint-gene coefficient c2.</summary>
    [Description("Disjoint-gene coefficient c2.")]
    [SettingRange(0, 1e6)]
    public double DisjointCoefficient { get; init; } = 1.0;

    /// <summary>Gets the weight-difference coefficient c3.</summary>
    [Description("Weight-difference coefficient c3.")]
    [SettingRange(0, 1e6)]
    public double WeightCoefficient { get; init; } = 0.4;

    /// <summary>Gets the initial compatibility threshold.</summary>
    [Description("Initial compatibility threshold.")]
    [SettingRange(1e-9, 1e6)]
    public double CompatibilityThreshold { get; init; } = 3.0;

    /// <summary>Gets the number of species the threshold is steered toward (0: fixed threshold).</summary>
    [Description("Number of species the threshold is steered toward (0: fixed threshold).")]
    [SettingRange(0, 100_000)]
    public int TargetSpecies { get; init; } = 8;

    /// <summary>Gets the generations without improvement after which a species gets no offspring.</summary>
    [Description("Generations without improvement after which a species gets no offspring.")]
    [SettingRange(1, int.MaxValue)]
    public int StagnationGenerations { get; init; } = 15;

    /// <summary>Gets the fraction of each species (best first) allowed to breed.</summary>
    [Description("Fraction of each species (best first) allowed to breed.")]
    [SettingRange(1e-9, 1)]
    public double SurvivalThreshold { get; init; } = 0.2;
}
