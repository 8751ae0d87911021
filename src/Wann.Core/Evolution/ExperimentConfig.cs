using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Restarts;
using Wann.Core.Speciation;

namespace Wann.Core.Evolution;

/// <summary>
/// A WANN experiment: task, search settings and seed. Defaults are the WANN reference's
/// <c>p/default_wan.json</c> with the swing-up task's overrides (<c>p/swingup.json</c>).
/// </summary>
public sealed record ExperimentConfig
{
    /// <summary>Gets the experiment's name (run folders are named after it).</summary>
    public string Name { get; init; } = "swingup";

    /// <summary>Gets the task registry name.</summary>
    public string Task { get; init; } = "swingup";

    /// <summary>Gets the search algorithm's name (<see cref="SearchAlgorithms"/>): weight agnostic topologies
    /// (<c>wann</c>, default) or classic NEAT networks with their own weights (<c>neat</c>).</summary>
    public string Mode { get; init; } = SearchMode.Wann;

    /// <summary>Gets the plug-in assemblies the config loads (absolute paths once loaded; in the file, relative to it).</summary>
    public IReadOnlyList<string> Plugins { get; init; } = [];

    /// <summary>Gets the settings of NEAT mode (ignored in WANN mode).</summary>
    public NeatSettings Neat { get; init; } = new();

    /// <summary>Gets the settings of speciation by topology (mode <c>wann-speciated</c>; ignored otherwise).</summary>
    public TopologySpeciationSettings Speciation { get; init; } = new();

    /// <summary>Gets the settings of the behavioural diversity objective (ranking <c>nsga2-diversity</c>; ignored otherwise).</summary>
    public DiversitySettings Diversity { get; init; } = new();

    /// <summary>Gets the settings of restarts with a growing population (mode <c>wann-ipop</c>; ignored otherwise).</summary>
    public RestartSettings Restarts { get; init; } = new();

    /// <summary>Gets the run seed: every random stream derives from it.</summary>
    public ulong Seed { get; init; } = 1;

    /// <summary>Gets the number of generations.</summary>
    public int Generations { get; init; } = 1024;

    /// <summary>Gets the population size.</summary>
    public int Population { get; init; } = 192;

    /// <summary>Gets the episodes per weight value per genome and generation (the reference's nReps).</summary>
    public int Reps { get; init; } = 3;

    /// <summary>Gets the shared weight values every genome is tried with.</summary>
    public IReadOnlyList<double> Weights { get; init; } = [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0];

    /// <summary>Gets the probability that each initial input→output connection is enabled.</summary>
    public double InitEnable { get; init; } = 0.5;

    /// <summary>Gets the probability of ranking on (mean, fewer connections) rather than (mean, max).</summary>
    public double ProbMoo { get; init; } = 0.8;

    /// <summary>Gets the fraction of worst-ranked genomes removed from the parent pool.</summary>
    public double CullRatio { get; init; } = 0.2;

    /// <summary>Gets the fraction of the remaining pool copied unchanged into the next generation.</summary>
    public double EliteRatio { get; init; } = 0.2;

    /// <summary>Gets the tournament size for parent selection.</summary>
    public int TournamentSize { get; init; } = 8;

    /// <summary>Gets the relative chances of the mutation operators, by operator name (<see cref="MutationOperators"/>).</summary>
    public MutationWeights Mutation { get; init; } = MutationWeights.Default;

    /// <summary>Gets the activation names hidden nodes may use.</summary>
    public IReadOnlyList<string> HiddenActivations { get; init; } =
        ["linear", "step", "sin", "gaussian", "tanh", "sigmoid", "inverse", "abs", "relu", "cos"];

    /// <summary>Gets a value indicating whether genomes may grow cycles (recurrent networks, one synchronous update per step).</summary>
    public bool Recurrent { get; init; }

    /// <summary>Gets the outputs' activation name (the reference keeps outputs linear).</summary>
    public string OutputActivation { get; init; } = "linear";

    /// <summary>Gets the ranking strategy's name (<see cref="RankingStrategies"/>; default <c>nsga2</c>, today's ranking).</summary>
    public string Ranking { get; init; } = RankingStrategies.Default;

    /// <summary>Gets how NSGA-II crowding distances are normalised (<see cref="CrowdingNormalization.Range"/>, or the reference's quirk).</summary>
    public CrowdingNormalization Crowding { get; init; } = CrowdingNormalization.Range;

    /// <summary>Gets the form of the complexity objective (−connections by default, or the reference's 1/connections).</summary>
    public ComplexityObjective Complexity { get; init; } = ComplexityObjective.Connections;

    /// <summary>Gets how often (in generations) a checkpoint is written; 0 writes one only when the run stops.</summary>
    public int CheckpointEvery { get; init; } = 10;

    /// <summary>Gets the episodes per weight value used to validate a champion candidate.</summary>
    public int ChampionReps { get; init; } = 20;
}
