using System.Globalization;
using System.Text.Json.Nodes;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Core.Speciation;

namespace Wann.Core.Evolution;

/// <summary>
/// Weight agnostic search with speciation by topology (mode <c>wann-speciated</c>): genomes are scored and ranked as in
/// <see cref="WannAlgorithm"/>, grouped into species by their genes (<see cref="TopologyDistance"/>), offspring are
/// shared among species by mean rank (<see cref="SpeciesOffspring"/>), and each species breeds its own children with
/// the WANN selection (<see cref="SpeciatedBreeder"/>). New structure is protected for a few generations, and species
/// that stop improving are removed, as in NEAT (Stanley &amp; Miikkulainen 2002).
/// </summary>
/// <remarks>The species, their representatives and the threshold are the state's <see cref="EvolutionState.Species"/>;
/// each species' founding generation (for protection of the young) is <see cref="EvolutionState.AlgorithmState"/>'s
/// <c>speciesBorn</c> object. Both go into checkpoints, so a resumed run is the same run.</remarks>
public sealed class SpeciatedWannAlgorithm : ISearchAlgorithm
{
    /// <summary>The mode's name in the config.</summary>
    public const string ModeName = "wann-speciated";

    private const string BornKey = "speciesBorn";

    private readonly SearchProblem _problem;
    private readonly SpeciatedBreeder _breeder;
    private readonly IRankingStrategy _ranking;

    /// <summary>Creates the algorithm.</summary>
    /// <param name="problem">The problem.</param>
    public SpeciatedWannAlgorithm(SearchProblem problem)
    {
        ArgumentNullException.ThrowIfNull(problem);
        _problem = problem;
        _breeder = new SpeciatedBreeder(problem.Selection(), problem.TopologyMutator());
        _ranking = RankingStrategies.Create(problem.Config);
    }

    /// <inheritdoc/>
    public string Name => ModeName;

    /// <inheritdoc/>
    public WeightMode Weights => WeightMode.Shared;

    /// <inheritdoc/>
    public EvolutionState CreateInitialState()
    {
        EvolutionState state = InitialGeneration.Create(_problem);
        state.Species = new SpeciesSet(_problem.Config.Speciation.CompatibilityThreshold, 0);
        state.AlgorithmState = new JsonObject { [BornKey] = new JsonObject() };
        return state;
    }

    /// <inheritdoc/>
    public IReadOnlyList<Genome> Ask(EvolutionState state) => state.Population;

    /// <inheritdoc/>
    public string Tell(EvolutionState state, IReadOnlyList<GenomeFitness> fitness)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(fitness);
        ExperimentConfig config = _problem.Config;
        TopologySpeciationSettings settings = config.Speciation;
        int generation = state.Generation;
        RankedGeneration ranked = _ranking.Rank(fitness, config.Seed, generation);
        var rankOf = new int[fitness.Count];
        var means = new double[fitness.Count];
        for (int r = 0; r < ranked.Order.Length; r++)
        {
            rankOf[ranked.Order[r]] = r;
        }

        for (int i = 0; i < means.Length; i++)
        {
            means[i] = fitness[i].Mean;
        }

        Dictionary<int, int> born = ReadBorn(state.AlgorithmState);
        SpeciesSet previous = state.Species ?? new SpeciesSet(settings.CompatibilityThreshold, 0);
        SpeciesSet species = TopologySpeciation.Assign(previous, state.Population, settings, generation, born);
        SpeciesOffspring.Update(species, rankOf, means, generation);
        double[] shares = SpeciesOffspring.Shares(species, rankOf, settings, generation, born);
        int bestSpecies = species.All.FindIndex(s => s.Members[0] == ranked.Order[0]);
        int[] offspring = SpeciesOffspring.Allocate(shares, config.Population, bestSpecies);

        // The last generation is bred too, as in WANN mode: a finished run's checkpoint continues exactly.
        Genome[] next = _breeder.Breed(state.Population, species, offspring, bestSpecies, config.Seed, generation, RandomStreams.Reproduction, state.Innovations);
        foreach (Species s in species.All)
        {
            // The new representative is the species' best this generation, as in NEAT.
            s.Representative = state.Population[s.Members[0]];
        }

        state.Population = next;
        state.Species = species;
        state.AlgorithmState = WriteBorn(species, born);
        return ranked.RankedBy;
    }

    private static Dictionary<int, int> ReadBorn(JsonObject? algorithmState)
    {
        var born = new Dictionary<int, int>();
        if (algorithmState?[BornKey] is JsonObject map)
        {
            foreach ((string id, JsonNode? generation) in map)
            {
                if (int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out int key) && generation is JsonValue v && v.TryGetValue(out int g))
                {
                    born[key] = g;
                }
            }
        }

        return born;
    }

    private static JsonObject WriteBorn(SpeciesSet species, Dictionary<int, int> born)
    {
        // Only living species, in species order, so the checkpoint's bytes do not depend on dictionary order.
        var map = new JsonObject();
        foreach (Species s in species.All)
        {
            map[s.Id.ToString(CultureInfo.InvariantCulture)] = born.GetValueOrDefault(s.Id, 0);
        }

        return new JsonObject { [BornKey] = map };
    }
}
