using System.ComponentModel;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Restarts;
using Wann.Core.Settings;
using Wann.Core.Settings.Rules;
using Wann.Core.Settings.Shapes;
using Wann.Core.Speciation;

namespace Wann.Core.Evolution;

/// <summary>
/// A WANN experiment: task, search settings and seed. Defaults are the WANN reference's
/// <c>p/default_wan.json</c> with the swing-up task's overrides (<c>p/swingup.json</c>).
/// </summary>
/// <remarks>
/// Each property is one config field, declared once: its JSON name is the property's in camelCase, its default is the
/// initializer, its meaning the <see cref="DescriptionAttribute"/>, its bounds the other attributes. The loader, the
/// writer of <c>config.json</c>, the check of configs built in code (<see cref="ExperimentSettings.Problems"/>),
/// <c>wann validate --schema</c> and the README's field table all come from these declarations, and the declaration
/// order is the order files are written in.
/// </remarks>
[Description("A Wann experiment config.")]
[IgnoredFields("description")]
public sealed record ExperimentConfig
{
    /// <summary>Gets the experiment's name (run folders are named after it).</summary>
    [Description("The experiment's name; run folders are named after it.")]
    [SettingRule(typeof(ExperimentNameRule))]
    public string Name { get; init; } = "swingup";

    /// <summary>Gets the plug-in assemblies the config loads (absolute paths once loaded; in the file, relative to it).</summary>
    [Description("Plug-in assemblies (paths relative to the config file) whose tasks, algorithms, operators and activations the config may use; written only when set.")]
    [SettingShape(typeof(PluginsShape))]
    [WrittenWhenNotDefault]
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>Gets the task registry name.</summary>
    [Description("The task (a registered name; plug-ins add their own).")]
    [SettingRule(typeof(TaskNameRule))]
    public string Task { get; init; } = "swingup";

    /// <summary>Gets the search algorithm's name (<see cref="SearchAlgorithms"/>): weight agnostic topologies
    /// (<c>wann</c>, default) or classic NEAT networks with their own weights (<c>neat</c>).</summary>
    [Description("The search algorithm (see Search modes); plug-ins add their own with SearchAlgorithms.Register.")]
    [SettingRule(typeof(SearchModeRule))]
    public string Mode { get; init; } = SearchMode.Wann;

    /// <summary>Gets the run seed: every random stream derives from it.</summary>
    [Description("The run seed; every random stream derives from it.")]
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the number of generations.</summary>
    [Description("Number of generations.")]
    [SettingRange(1, 10_000_000)]
    public int Generations { get; init; } = 1024;

    /// <summary>Gets the population size.</summary>
    [Description("Population size.")]
    [SettingRange(2, 10_000_000)]
    public int Population { get; init; } = 192;

    /// <summary>Gets the episodes per weight value per genome and generation (the reference's nReps).</summary>
    [Description("Episodes per weight value per genome and generation (the reference's nReps).")]
    [SettingRange(1, 100_000)]
    public int Reps { get; init; } = 3;

    /// <summary>Gets the shared weight values every genome is tried with.</summary>
    [Description("The shared weight values every genome is tried with.")]
    [SettingRange(-1e6, 1e6, Noun = "the shared weight values")]
    public IReadOnlyList<double> Weights { get; init; } = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    /// <summary>Gets how each generation's shared weight values are chosen (<see cref="WeightSampling.Fixed"/>: <see cref="Weights"/>
    /// every generation, as the paper does).</summary>
    [Description("How each generation's shared weights are chosen: fixed (the weights every generation, as the paper does) or stratified (as many values, one drawn uniformly from each equal stratum of [min, max] of the weights every generation, shared by all genomes; champions validated on the strata's midpoints), so that the search's mean estimates the random-shared-weight score.")]
    [WrittenWhenNotDefault]
    public WeightSampling WeightSampling { get; init; } = WeightSampling.Fixed;

    /// <summary>Gets the probability that each initial input→output connection is enabled.</summary>
    [Description("Probability that each initial input-to-output connection is enabled.")]
    [SettingRange(0, 1)]
    public double InitEnable { get; init; } = 0.5;

    /// <summary>Gets the probability of ranking on (mean, fewer connections) rather than (mean, max).</summary>
    [Description("Probability of ranking on (mean, fewer connections) rather than (mean, max).")]
    [SettingRange(0, 1)]
    public double ProbMoo { get; init; } = 0.8;

    /// <summary>Gets the fraction of worst-ranked genomes removed from the parent pool.</summary>
    [Description("Fraction of worst-ranked genomes removed from the parent pool.")]
    [SettingRange(0, 0.99)]
    public double CullRatio { get; init; } = 0.2;

    /// <summary>Gets the fraction of the remaining pool copied unchanged into the next generation.</summary>
    [Description("Fraction of the remaining pool copied unchanged into the next generation.")]
    [SettingRange(0, 1)]
    public double EliteRatio { get; init; } = 0.2;

    /// <summary>Gets the tournament size for parent selection.</summary>
    [Description("Tournament size for parent selection.")]
    [SettingRange(1, 10_000)]
    public int TournamentSize { get; init; } = 8;

    /// <summary>Gets the relative chances of the mutation operators, by operator name (<see cref="MutationOperators"/>).</summary>
    [Description("Relative chances of the mutation operators, normalised by their sum; operators not listed keep their defaults (0 turns one off). `weights` is NEAT's weight perturbation (settings from `neat`); plug-ins add operators with MutationOperators.Register.")]
    [SettingShape(typeof(MutationWeightsShape))]
    public MutationWeights Mutation { get; init; } = MutationWeights.Default;

    /// <summary>Gets the activation names hidden nodes may use.</summary>
    [Description("The activation functions hidden nodes may use: names from the activation table (plug-ins add entries with ActivationTable.Register).")]
    [SettingRule(typeof(ActivationNameRule), Noun = "activation")]
    public IReadOnlyList<string> HiddenActivations { get; init; } =
        ["linear", "step", "sin", "gaussian", "tanh", "sigmoid", "inverse", "abs", "relu", "cos"];

    /// <summary>Gets the outputs' activation name (the reference keeps outputs linear).</summary>
    [Description("The outputs' activation (the reference keeps outputs linear).")]
    [SettingRule(typeof(ActivationNameRule))]
    public string OutputActivation { get; init; } = "linear";

    /// <summary>Gets the episodes per weight value used to validate a champion candidate.</summary>
    [Description("Episodes per weight value used to validate a champion candidate.")]
    [SettingRange(1, 100_000)]
    public int ChampionReps { get; init; } = 20;

    /// <summary>Gets the ranking strategy's name (<see cref="RankingStrategies"/>; default <c>nsga2</c>, today's ranking).</summary>
    [Description("How WANN mode ranks a generation: nsga2 (NSGA-II on (mean, complexity) with chance probMoo, else (mean, max); honours crowding and complexity), reference (the same with the reference's 1/connections and crowding quirk), mean (mean fitness only), or one registered with RankingStrategies.Register; its name for each generation is the metrics' ranked_on.")]
    [SettingRule(typeof(RankingNameRule))]
    [WrittenWhenNotDefault]
    public string Ranking { get; init; } = RankingStrategies.Default;

    /// <summary>Gets how NSGA-II crowding distances are normalised (<see cref="CrowdingNormalization.Range"/>, or the reference's quirk).</summary>
    [Description("How NSGA-II crowding distances are normalised.")]
    public CrowdingNormalization Crowding { get; init; } = CrowdingNormalization.Range;

    /// <summary>Gets the form of the complexity objective (−connections by default, or the reference's 1/connections).</summary>
    [Description("The form of the complexity objective.")]
    public ComplexityObjective Complexity { get; init; } = ComplexityObjective.Connections;

    /// <summary>Gets how often (in generations) a checkpoint is written; 0 writes one only when the run stops.</summary>
    [Description("Checkpoint every this many generations (0: only when the run stops).")]
    [SettingRange(0, int.MaxValue)]
    public int CheckpointEvery { get; init; } = 10;

    /// <summary>Gets a value indicating whether genomes may grow cycles (recurrent networks, one synchronous update per step).</summary>
    [Description("Whether genomes may grow cycles (one synchronous update per step).")]
    public bool Recurrent { get; init; }

    /// <summary>Gets the settings of speciation by topology (mode <c>wann-speciated</c>; ignored otherwise).</summary>
    [Description("Settings of speciation by topology (mode wann-speciated; ignored otherwise): an object with excessCoefficient, disjointCoefficient, activationCoefficient, compatibilityThreshold, thresholdStep, targetSpecies, stagnationGenerations, youngAge, youngBoost; written only when changed.")]
    [SettingSection("speciation settings", "NEAT practice")]
    [WrittenWhenNotDefault]
    public TopologySpeciationSettings Speciation { get; init; } = new();

    /// <summary>Gets the settings of behavioural diversity (rankings <c>nsga2-diversity</c> and <c>nsga2-diversity-fronts</c>; ignored otherwise).</summary>
    [Description("Settings of behavioural diversity (rankings nsga2-diversity and nsga2-diversity-fronts; ignored otherwise): an object with neighbours (k, default 15); written only when changed.")]
    [SettingSection("diversity settings", "k = 15")]
    [WrittenWhenNotDefault]
    public DiversitySettings Diversity { get; init; } = new();

    /// <summary>Gets the settings of restarts with a growing population (mode <c>wann-ipop</c>; ignored otherwise).</summary>
    [Description("Settings of restarts with a growing population (mode wann-ipop; ignored otherwise): an object with stallGenerations (100), growth (2) and maxGrowth (4); written only when changed.")]
    [SettingSection("restart settings", "IPOP")]
    [WrittenWhenNotDefault]
    public RestartSettings Restarts { get; init; } = new();

    /// <summary>Gets the settings of NEAT mode (ignored in WANN mode).</summary>
    [Description("Settings of NEAT mode (ignored in WANN mode); the neat.* rows below.")]
    [SettingSection("NEAT settings", "see below", Expanded = true)]
    public NeatSettings Neat { get; init; } = new();
}
