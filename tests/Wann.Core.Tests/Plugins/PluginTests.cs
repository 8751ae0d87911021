using Wann.Core.Activation;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Ranking;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;
using Wann.Files;

namespace Wann.Core.Tests.Plugins;

/// <summary>Parts added from outside the engine: registered here, in test code, with no engine file touched.</summary>
public class PluginTests
{
    private const string Softsign = "test-softsign";
    private const ActivationFunction SoftsignId = (ActivationFunction)201;
    private const string AddSoftsign = "test-add-softsign-node";
    private const string Counting = "test-counting";

    static PluginTests()
    {
        // softsign x/(1 + |x|), given as a scalar only: the lane path calls it once per lane.
        ActivationTable.Register(new ActivationEntry(Softsign, SoftsignId, "#336699", x => x / (1.0 + Math.Abs(x))));
        MutationOperators.Register(AddSoftsign, _ => new AddSoftsignNode());
        SearchAlgorithms.Register(Counting, "WANN search that counts its generations in its own state", p => new CountingAlgorithm(p));
    }

    [Fact]
    public async Task A_mutation_operator_and_an_activation_function_from_test_code_run_in_a_search()
    {
        ExperimentConfig config = ExperimentConfigLoader.Parse(
            $$"""
            {
              "task": "swingup", "seed": 5, "generations": 6, "population": 32, "reps": 1, "tournamentSize": 4, "championReps": 2,
              "hiddenActivations": ["tanh", "{{Softsign}}"],
              "mutation": { "changeActivation": 0.2, "{{AddSoftsign}}": 0.3 }
            }
            """,
            "plugin.json",
            "plugin");
        Assert.Equal(0.3, config.Mutation[AddSoftsign]);
        Assert.Contains($"\"{AddSoftsign}\": 0.3", ExperimentConfigLoader.ToJson(config), StringComparison.Ordinal);

        using var evaluator = new LocalPopulationEvaluator(1);
        var loop = new EvolutionLoop(config, evaluator);
        EvolutionState state = loop.CreateInitialState();
        int before = AddSoftsignNode.Applied;
        int withSoftsign = await RunCountingSoftsignNodes(loop, state);

        Assert.True(AddSoftsignNode.Applied > before, "the plug-in operator never changed a genome");
        Assert.True(withSoftsign > 0, "no evaluated genome used the plug-in activation");

        // Genome files store the plug-in function by name and read it back.
        Genome sample = GenomeFactory.Build(1, 1, [(3, SoftsignId)], (1, 3), (3, 2));
        string json = GenomeFile.ToJson(new GenomeDocument(sample, "swingup", new Dictionary<string, double>()), indented: false);
        Assert.Contains($"\"{Softsign}\"", json, StringComparison.Ordinal);
        Assert.True(GenomeFile.Parse(json, "g.json").Genome.SameGenesAs(sample));
    }

    [Fact]
    public async Task A_mutation_operator_from_test_code_runs_in_a_neat_search_through_neat_mutations()
    {
        // NEAT tries each operator with its own chance; neat.mutations adds operators beyond its own three.
        ExperimentConfig config = ExperimentConfigLoader.Parse(
            $$"""
            {
              "mode": "neat", "task": "cartpole", "seed": 3, "generations": 4, "population": 24, "reps": 1, "championReps": 1,
              "hiddenActivations": ["tanh", "{{Softsign}}"],
              "neat": { "addNode": 0, "mutations": { "{{AddSoftsign}}": 0.5 } }
            }
            """,
            "neat-plugin.json",
            "neat-plugin");
        Assert.Equal([(AddSoftsign, 0.5)], config.Neat.Mutations.Entries);
        Assert.Equal(AddSoftsign, NeatMutations.Chances(config.Neat)[^1].Name);
        string written = ExperimentConfigLoader.ToJson(config);
        Assert.Contains($"\"mutations\": {{\n      \"{AddSoftsign}\": 0.5\n    }}", written, StringComparison.Ordinal);
        Assert.Equal(written, ExperimentConfigLoader.ToJson(ExperimentConfigLoader.Parse(written, "again.json", "again")));
        Assert.DoesNotContain("\"mutations\"", ExperimentConfigLoader.ToJson(new ExperimentConfig()), StringComparison.Ordinal);

        using var evaluator = new LocalPopulationEvaluator(1);
        var loop = new EvolutionLoop(config, evaluator);
        EvolutionState state = loop.CreateInitialState();
        int before = AddSoftsignNode.Applied;
        int withSoftsign = await RunCountingSoftsignNodes(loop, state);

        Assert.True(AddSoftsignNode.Applied > before, "the plug-in operator never changed a NEAT genome");
        Assert.True(withSoftsign > 0, "no NEAT genome got a node from the plug-in operator (addNode was off)");
    }

    [Fact]
    public void Neat_mutations_refuse_neat_s_own_operators_unknown_names_and_chances_outside_0_1()
    {
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse(
            $$"""{ "neat": { "mutations": { "addNode": 0.1, "swap": 0.2, "{{AddSoftsign}}": 2 } } }""", "n.json", "n"));
        Assert.Contains("$.neat.mutations.addNode: found 0.1, expected an operator other than NEAT's own (weights, addNode, addConnection: set by weightMutation, addNode, addConnection)", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.neat.mutations.swap: found 0.2, expected a known mutation operator (", e.Message, StringComparison.Ordinal);
        Assert.Contains($"$.neat.mutations.{AddSoftsign}: found 2, expected a number in [0, 1]", e.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Message.Split('\n').Count(l => l.Contains("$.neat.mutations.", StringComparison.Ordinal)));
        Assert.Throws<ArgumentException>(() => new OperatorChances([(AddSoftsign, 1.5)]));
    }

    [Fact]
    public void The_plug_in_activation_computes_the_same_bits_on_lanes_and_as_a_scalar()
    {
        ActivationEntry entry = ActivationTable.Get(SoftsignId);
        Assert.False(entry.HasLaneKernel);
        int width = System.Numerics.Vector<double>.Count;
        double[] row = new double[width * 3];
        for (int i = 0; i < row.Length; i++)
        {
            row[i] = (i * 0.37) - 2.0;
        }

        double[] expected = [.. row.Select(x => x / (1.0 + Math.Abs(x)))];
        VectorActivations.ApplyInPlace(SoftsignId, row);
        Assert.Equal(expected, row);
        Assert.Equal(0.5, VectorActivations.ApplyScalar(SoftsignId, 1.0));
    }

    [Fact]
    public void Registries_reject_a_duplicate_name_with_a_clear_message()
    {
        var mutation = Assert.Throws<ArgumentException>(() => MutationOperators.Register("addNode", _ => new AddSoftsignNode()));
        Assert.Contains("mutation operator named 'addNode' is already registered", mutation.Message, StringComparison.Ordinal);
        var mode = Assert.Throws<ArgumentException>(() => SearchAlgorithms.Register("neat", "again", p => new WannAlgorithm(p)));
        Assert.Contains("search algorithm named 'neat' is already registered", mode.Message, StringComparison.Ordinal);
        var ranking = Assert.Throws<ArgumentException>(() => RankingStrategies.Register("mean", "again", _ => new MeanRanking()));
        Assert.Contains("ranking strategy named 'mean' is already registered", ranking.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_naming_an_unregistered_operator_or_mode_says_what_is_known()
    {
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse("""{ "mode": "cmaes", "mutation": { "swap": 1 } }""", "x.json", "x"));
        Assert.Contains("$.mode: found \"cmaes\", expected \"wann\" (weight agnostic search) or \"neat\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.mutation.swap: found 1, expected a known mutation operator (addConnection, addNode", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plug_in_algorithm_chosen_by_mode_keeps_its_own_state_through_a_checkpoint()
    {
        ExperimentConfig config = ExperimentConfigLoader.Parse(
            $$"""{ "mode": "{{Counting}}", "task": "swingup", "generations": 5, "population": 16, "reps": 1, "tournamentSize": 2, "championReps": 1 }""",
            "count.json",
            "count");
        using var evaluator = new LocalPopulationEvaluator(1);
        var loop = new EvolutionLoop(config, evaluator);
        Assert.Equal(Counting, loop.Algorithm.Name);
        EvolutionState state = loop.CreateInitialState();
        var rows = new List<string>();
        for (int g = 0; g < 3; g++)
        {
            rows.Add(MetricsCsv.FormatRow((await loop.StepAsync(state)).Report));
        }

        Assert.EndsWith(",counted", rows[^1], StringComparison.Ordinal);
        string json = CheckpointFile.ToJson(new Checkpoint(config, state, rows));
        Assert.Contains("\"algorithmState\":{\"tells\":3}", json, StringComparison.Ordinal);
        Checkpoint back = CheckpointFile.Parse(json, "checkpoint.json");
        var resumed = new EvolutionLoop(back.Config, evaluator);
        await resumed.StepAsync(back.State);
        Assert.Equal(4, (int)back.State.AlgorithmState!["tells"]!);
        Assert.DoesNotContain("algorithmState", CheckpointFile.ToJson(new Checkpoint(config with { Mode = SearchMode.Wann }, new EvolutionLoop(config with { Mode = SearchMode.Wann }, evaluator).CreateInitialState(), [])), StringComparison.Ordinal);
    }

    /// <summary>Runs a search to its end and counts the plug-in activation's nodes over every evaluated generation (each
    /// generation's fitness must be finite).</summary>
    private static async Task<int> RunCountingSoftsignNodes(EvolutionLoop loop, EvolutionState state)
    {
        int withSoftsign = 0;
        await loop.RunAsync(state, (outcome, _) =>
        {
            Assert.All(outcome.Fitness, f => Assert.True(double.IsFinite(f.Mean)));
            withSoftsign += outcome.Population.Sum(g => g.Nodes.Count(n => n.Activation == SoftsignId));
            return ValueTask.CompletedTask;
        });
        return withSoftsign;
    }

    /// <summary>WANN search that counts the generations it was told about in <see cref="EvolutionState.AlgorithmState"/>.</summary>
    private sealed class CountingAlgorithm(SearchProblem problem) : ISearchAlgorithm
    {
        private readonly WannAlgorithm _inner = new(problem);

        public string Name => Counting;

        public WeightMode Weights => _inner.Weights;

        public EvolutionState CreateInitialState()
        {
            EvolutionState state = _inner.CreateInitialState();
            state.AlgorithmState = new System.Text.Json.Nodes.JsonObject { ["tells"] = 0 };
            return state;
        }

        public IReadOnlyList<Genome> Ask(EvolutionState state) => _inner.Ask(state);

        public string Tell(EvolutionState state, IReadOnlyList<GenomeFitness> fitness)
        {
            _inner.Tell(state, fitness);
            state.AlgorithmState!["tells"] = (int)state.AlgorithmState["tells"]! + 1;
            return "counted";
        }
    }

    /// <summary>Splits a connection with a node of the plug-in activation.</summary>
    private sealed class AddSoftsignNode : IMutationOperator
    {
        private static int s_applied;

        public static int Applied => Volatile.Read(ref s_applied);

        public string Name => AddSoftsign;

        public Genome? TryApply(Genome parent, ref Xoshiro256 rng, MutationContext context)
        {
            Genome? child = AddNodeMutation.TryApply(parent, ref rng, context.Innovations, [SoftsignId]);
            if (child is not null)
            {
                Interlocked.Increment(ref s_applied);
            }

            return child;
        }
    }
}
