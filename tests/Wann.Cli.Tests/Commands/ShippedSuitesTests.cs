using Wann.Core.Evolution;
using Wann.Studies;

namespace Wann.Cli.Tests.Commands;

/// <summary>Every suite under experiments/studies loads, with its arms' configs, so `wann study` can start it.</summary>
public sealed class ShippedSuitesTests
{
    public static TheoryData<string> Suites()
    {
        var data = new TheoryData<string>();
        foreach (string path in Directory.EnumerateFiles(Path.Combine(RepositoryRoot(), "experiments", "studies"), "*.json").Order(StringComparer.Ordinal))
        {
            data.Add(Path.GetFileName(path));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Suites))]
    public void A_shipped_suite_loads_with_every_arms_config(string file)
    {
        StudySuite suite = StudySuiteLoader.Load(Path.Combine(RepositoryRoot(), "experiments", "studies", file));
        Assert.Equal(Path.GetFileNameWithoutExtension(file), suite.Name);
        Assert.NotEmpty(suite.Configs);
        Assert.NotEmpty(suite.Seeds);
        foreach ((string arm, ExperimentConfig config) in suite.Configs)
        {
            Assert.False(string.IsNullOrWhiteSpace(arm));
            Assert.True(config.Generations > 0);
        }

        foreach (string metric in suite.Published.Keys)
        {
            Assert.Contains(metric, suite.Metrics);
        }
    }

    [Fact]
    public void The_car_racing_table1_suite_tunes_and_names_the_papers_four_columns()
    {
        StudySuite suite = StudySuiteLoader.Load(Path.Combine(RepositoryRoot(), "experiments", "studies", "table1-carracing.json"));
        Assert.Equal("carracing", suite.Configs[0].Config.Task);
        Assert.Equal(5, suite.Seeds.Count);
        Assert.NotNull(suite.Tune);
        Assert.Equal([-69.0, 375.0, 608.0, 893.0], new[] { "randomWeights", "randomShared", "tunedShared", "tunedWeights" }.Select(m => suite.Published[m]));
    }

    [Fact]
    public void The_mnist_suite_records_the_rows_of_the_papers_mnist_table()
    {
        StudySuite suite = StudySuiteLoader.Load(Path.Combine(RepositoryRoot(), "experiments", "studies", "table1-mnist.json"));
        Assert.True(suite.Classification);
        Assert.Equal(StudySuiteLoader.ClassificationMetrics, suite.Metrics);
        Assert.Equal([82.0, 91.6, 91.9], new[] { "randomShared", "ensemble", "tunedShared" }.Select(m => suite.Published[m]));
        Assert.Equal(1024, suite.Configs[0].Config.Generations);
    }

    [Theory]
    [InlineData("\"tune\": {}", "$.assessment.tune")]
    [InlineData("\"seed\": 1", "$.published.randomWeights")]
    public void A_classification_suite_refuses_what_it_cannot_record(string assessmentExtra, string problemAt)
    {
        string folder = Directory.CreateTempSubdirectory("wann-suite").FullName;
        try
        {
            File.Copy(Path.Combine(RepositoryRoot(), "experiments", "mnist256.json"), Path.Combine(folder, "mnist256.json"));
            string suite = Path.Combine(folder, "suite.json");
            File.WriteAllText(suite, $$"""
                { "name": "s", "base": "mnist256.json", "arms": [ { "name": "a", "set": {} } ], "seeds": 2,
                  "assessment": { "episodes": 10, {{assessmentExtra}} }, "published": { "randomWeights": 1 } }
                """);
            var error = Assert.Throws<Wann.Files.InputFileException>(() => StudySuiteLoader.Load(suite));
            Assert.Contains(problemAt, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void Arms_on_a_classification_and_a_control_task_are_refused()
    {
        string folder = Directory.CreateTempSubdirectory("wann-suite").FullName;
        try
        {
            File.Copy(Path.Combine(RepositoryRoot(), "experiments", "mnist256.json"), Path.Combine(folder, "mnist256.json"));
            string suite = Path.Combine(folder, "suite.json");
            File.WriteAllText(suite, """
                { "name": "s", "base": "mnist256.json", "seeds": 2,
                  "arms": [ { "name": "digits", "set": {} }, { "name": "poles", "set": { "task": "cartpole", "hiddenActivations": ["tanh"] } } ] }
                """);
            var error = Assert.Throws<Wann.Files.InputFileException>(() => StudySuiteLoader.Load(suite));
            Assert.Contains("every arm on the same kind of task", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        string root = AppContext.BaseDirectory;
        while (!File.Exists(Path.Combine(root, "Wann.sln")))
        {
            root = Path.GetDirectoryName(root) ?? throw new InvalidOperationException("Wann.sln not found above the tests");
        }

        return root;
    }
}
