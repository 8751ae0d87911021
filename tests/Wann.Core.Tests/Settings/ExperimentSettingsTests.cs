using System.Text.Json;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Settings;

namespace Wann.Core.Tests.Settings;

public class ExperimentSettingsTests
{
    [Fact]
    public void A_config_built_in_code_is_checked_with_the_loaders_bounds_before_it_runs()
    {
        var config = new ExperimentConfig { TournamentSize = 0, Population = 1, Name = "../x", ProbMoo = double.NaN };
        using var evaluator = new LocalPopulationEvaluator(1);
        var e = Assert.Throws<ArgumentException>(() => new EvolutionLoop(config, evaluator));
        Assert.Contains("$.tournamentSize: found 0, expected a whole number in [1, 10000]", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.population: found 1, expected a whole number in [2, 10000000]", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.name: found \"../x\"", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.probMoo: found NaN", e.Message, StringComparison.Ordinal);
        Assert.Equal(4, ExperimentSettings.Problems(config).Count);
        Assert.Empty(ExperimentSettings.Problems(new ExperimentConfig()));
    }

    [Fact]
    public void Seeds_take_the_whole_unsigned_range_in_code_and_in_files()
    {
        // Derived seeds (the double-pole benchmark's per-run seeds) use all 64 bits; a config built with one runs.
        ulong derived = Wann.Core.Benchmarking.DoublePoleBenchmark.RunSeed(1, 0);
        Assert.Empty(ExperimentSettings.Problems(new ExperimentConfig { Seed = ulong.MaxValue }));
        Assert.Equal(ulong.MaxValue, Wann.Core.Persistence.ExperimentConfigLoader.Parse("""{ "seed": 18446744073709551615 }""", "s.json", "s").Seed);
        Assert.Equal(derived, Wann.Core.Persistence.ExperimentConfigLoader.Parse(Wann.Core.Persistence.ExperimentConfigLoader.ToJson(new ExperimentConfig { Seed = derived }), "s.json", "s").Seed);
        var e = Assert.Throws<Wann.Files.InputFileException>(() => Wann.Core.Persistence.ExperimentConfigLoader.Parse("""{ "seed": -1 }""", "s.json", "s"));
        Assert.Contains("$.seed: found -1, expected a whole number in [0, 18446744073709551615]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_with_comments_and_trailing_commas_binds_like_the_document_it_was_checked_as()
    {
        // The loader checks a leniently parsed document, then the binder reads the element's text again (a fuzz case).
        ExperimentConfig c = Wann.Core.Persistence.ExperimentConfigLoader.Parse(
            "{ // a comment\n \"hiddenActivations\": [\"tanh\", \"relu\",], \"neat\": { \"addNode\": 0.1, }, }", "c.json", "c");
        Assert.Equal(["tanh", "relu"], c.HiddenActivations);
        Assert.Equal(0.1, c.Neat.AddNode);
    }

    [Fact]
    public void The_schema_lists_every_declared_field_with_its_bounds()
    {
        using JsonDocument schema = JsonDocument.Parse(ExperimentSettings.Schema());
        JsonElement properties = schema.RootElement.GetProperty("properties");
        foreach (string field in ExperimentSettings.FieldNames)
        {
            Assert.True(properties.TryGetProperty(field, out _), field);
        }

        Assert.False(schema.RootElement.GetProperty("additionalProperties").GetBoolean());
        Assert.Equal(8, properties.GetProperty("tournamentSize").GetProperty("minimum").GetInt32() + 7);
        Assert.Equal(["range", "reference"], properties.GetProperty("crowding").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.True(properties.GetProperty("neat").GetProperty("properties").TryGetProperty("survivalThreshold", out _));
    }

    [Fact]
    public void The_readme_field_table_is_the_one_the_declarations_make()
    {
        string readme = File.ReadAllText(Path.Combine(RepositoryRoot(), "README.md"));
        const string begin = "<!-- config-fields: begin (wann validate --fields) -->\n";
        const string end = "<!-- config-fields: end -->";
        int start = readme.IndexOf(begin, StringComparison.Ordinal);
        Assert.True(start >= 0, "README has no generated field table");
        start += begin.Length;
        string table = readme[start..readme.IndexOf(end, start, StringComparison.Ordinal)];

        // Registries (tasks, algorithms, rankings, operators, activations) grow when other tests register plug-ins,
        // so their "allowed" cells are compared only where they cannot change: bounds of numbers.
        string[] expected = ExperimentSettings.MarkdownTable().Split('\n');
        string[] actual = table.Split('\n');
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            string[] e = expected[i].Split(" | ");
            string[] a = actual[i].Split(" | ");
            Assert.Equal(e.Length, a.Length);
            Assert.Equal(e[0], a[0]);
            Assert.Equal(e[^1], a[^1]);
            if (e.Length == 4)
            {
                Assert.Equal(e[1], a[1]);
                if (e[2].Contains("number", StringComparison.Ordinal))
                {
                    Assert.Equal(e[2], a[2]);
                }
            }
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Wann.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Wann.sln not found above the test folder.");
    }
}
