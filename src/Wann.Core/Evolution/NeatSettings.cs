namespace Wann.Core.Evolution;

/// <summary>
/// Settings of classic NEAT mode (Stanley &amp; Miikkulainen 2002). Defaults follow the NEAT paper and
/// SharpNEAT where they agree: 75% of offspring by crossover, weights perturbed by a Gaussian (90%) or
/// reset (10%), compatibility δ = c1·E/N + c2·D/N + c3·W̄ with c1 = c2 = 1, c3 = 0.4, stagnation after 15
/// generations, the best 20% of a species may breed, and species of five or more keep their champion.
/// </summary>
public sealed record NeatSettings
{
    /// <summary>Gets the chance a child's weights are mutated.</summary>
    public double WeightMutation { get; init; } = 0.8;

    /// <summary>Gets the chance a mutated weight is perturbed (otherwise reset uniformly within ±<see cref="WeightCap"/>).</summary>
    public double WeightPerturb { get; init; } = 0.9;

    /// <summary>Gets the standard deviation of a weight perturbation.</summary>
    public double WeightSigma { get; init; } = 0.5;

    /// <summary>Gets the largest absolute weight.</summary>
    public double WeightCap { get; init; } = 5.0;

    /// <summary>Gets the chance a child gets a new node.</summary>
    public double AddNode { get; init; } = 0.03;

    /// <summary>Gets the chance a child gets a new connection.</summary>
    public double AddConnection { get; init; } = 0.05;

    /// <summary>Gets the chance an offspring is made by crossover rather than by mutation alone.</summary>
    public double Crossover { get; init; } = 0.75;

    /// <summary>Gets the chance a crossover takes its second parent from another species.</summary>
    public double InterspeciesMating { get; init; } = 0.001;

    /// <summary>Gets the excess-gene coefficient c1.</summary>
    public double ExcessCoefficient { get; init; } = 1.0;

    /// <summary>Gets the disjoint-gene coefficient c2.</summary>
    public double DisjointCoefficient { get; init; } = 1.0;

    /// <summary>Gets the weight-difference coefficient c3.</summary>
    public double WeightCoefficient { get; init; } = 0.4;

    /// <summary>Gets the initial compatibility threshold.</summary>
    public double CompatibilityThreshold { get; init; } = 3.0;

    /// <summary>Gets the number of species the threshold is steered toward (0: fixed threshold).</summary>
    public int TargetSpecies { get; init; } = 8;

    /// <summary>Gets the generations without improvement after which a species gets no offspring.</summary>
    public int StagnationGenerations { get; init; } = 15;

    /// <summary>Gets the fraction of each species (best first) allowed to breed.</summary>
    public double SurvivalThreshold { get; init; } = 0.2;
}
