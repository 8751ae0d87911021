using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Ranking;
using Wann.Files;

namespace Wann.Core.Tests.Persistence;

public class ExperimentConfigLoaderTests
{
    [Fact]
    public void Every_problem_is_reported_at_once_with_its_json_path()
    {
        const string json = """
            {
              "task": "swingupp",
              "population": 1,
              "weights": [],
              "initEnable": 1.5,
              "mutation": { "addConnection": 0.5, "addNode": -0.5, "enableConnection": 0.5, "changeActivation": 0.5, "crossover": 1 },
              "hiddenActivations": ["tanh", "softplus", "tanh"],
              "generatons": 10
            }
            """;
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse(json, "bad.json", "bad"));
        string message = e.Message;
        Assert.StartsWith("bad.json: ", message, StringComparison.Ordinal);
        Assert.Contains("$.task: found \"swingupp\"", message, StringComparison.Ordinal);
        Assert.Contains("$.population: found 1, expected a whole number in [2,", message, StringComparison.Ordinal);
        Assert.Contains("$.weights: found []", message, StringComparison.Ordinal);
        Assert.Contains("$.initEnable: found 1.5, expected a number in [0, 1]", message, StringComparison.Ordinal);
        Assert.Contains("$.mutation.crossover: found 1, expected a known mutation operator (addConnection, addNode, changeActivation, enableConnection", message, StringComparison.Ordinal);
        Assert.Contains("$.mutation.addNode: found -0.5, expected a number in [0,", message, StringComparison.Ordinal);
        Assert.Contains("$.hiddenActivations[1]: found \"softplus\"", message, StringComparison.Ordinal);
        Assert.Contains("$.hiddenActivations[2]: found \"tanh\", expected each activation listed once", message, StringComparison.Ordinal);
        Assert.Contains("$.generatons: found an unknown field", message, StringComparison.Ordinal);
        Assert.Equal(9, e.Problems.Count);
    }

    [Fact]
    public void A_field_given_twice_is_refused_rather_than_guessed()
    {
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse("""{ "population": 64, "neat": { "addNode": 0.1, "addNode": 0.2 }, "population": 96 }""", "dup.json", "dup"));
        Assert.Contains("$.population: found a second \"population\" (96), expected each field once", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.neat.addNode: found a second \"addNode\" (0.2), expected each field once", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Not_json_says_where()
    {
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse("{ \"task\": ", "cut.json", "cut"));
        Assert.Contains("cut.json: not valid JSON (line 1", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_resolved_config_round_trips()
    {
        var config = new ExperimentConfig { Name = "x", Seed = 99, Weights = [-1.5, 2.0], Crowding = CrowdingNormalization.Reference, Complexity = ComplexityObjective.InverseConnections };
        ExperimentConfig back = ExperimentConfigLoader.Parse(ExperimentConfigLoader.ToJson(config), "x.json", "ignored");
        Assert.Equal(ExperimentConfigLoader.ToJson(config), ExperimentConfigLoader.ToJson(back));
        Assert.Equal(99UL, back.Seed);
        Assert.Equal(CrowdingNormalization.Reference, back.Crowding);
        Assert.Equal(ComplexityObjective.InverseConnections, back.Complexity);
    }

    [Fact]
    public void An_unknown_complexity_form_is_named_with_the_choices()
    {
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse("{ \"complexity\": \"nodes\" }", "c.json", "c"));
        Assert.Contains("$.complexity", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"nodes\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("\"connections\"", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mutation_map_keeps_unlisted_operators_at_their_defaults_and_adds_new_ones_last()
    {
        ExperimentConfig c = ExperimentConfigLoader.Parse("""{ "mutation": { "weights": 0.5, "addNode": 0.4 } }""", "m.json", "m");
        Assert.Equal(
            [("addConnection", 0.2), ("addNode", 0.4), ("enableConnection", 0.05), ("changeActivation", 0.5), ("weights", 0.5)],
            c.Mutation.Entries);
        Assert.Equal(1.65, c.Mutation.Total, 12);
        Assert.Contains("\"weights\": 0.5", ExperimentConfigLoader.ToJson(c), StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_swingup_experiment_is_the_paper_configuration()
    {
        string path = Path.Combine(RepositoryRoot(), "experiments", "swingup.json");
        ExperimentConfig c = ExperimentConfigLoader.Load(path);
        Assert.Equal((192, 1024, 3, 8), (c.Population, c.Generations, c.Reps, c.TournamentSize));
        Assert.Equal([-2.0, -1.0, -0.5, 0.5, 1.0, 2.0], c.Weights);
        Assert.Equal((0.2, 0.25, 0.05, 0.5), (c.Mutation["addConnection"], c.Mutation["addNode"], c.Mutation["enableConnection"], c.Mutation["changeActivation"]));
        Assert.Equal((0.5, 0.8, 0.2, 0.2), (c.InitEnable, c.ProbMoo, c.CullRatio, c.EliteRatio));
    }

    internal static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Wann.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Wann.sln not found above the test folder.");
    }
}
