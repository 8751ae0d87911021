using Wann.Pruning.Studies;
using Wann.Pruning.Training;
using Wann.Files;

namespace Wann.Pruning.Tests.Studies;

public sealed class PruningStudyTests
{
    private static readonly TrainingSettings Quick = new(OptimizerKind.Adam, 0.01, BatchSize: 20, Iterations: 300, Seed: 4, Threads: 1);

    [Theory]
    [InlineData(PruningMethod.LotteryTicket)]
    [InlineData(PruningMethod.Magnitude)]
    [InlineData(PruningMethod.Obd)]
    public void Iterative_pruning_to_a_fifth_of_the_weights_keeps_the_blobs_classified(PruningMethod method)
    {
        // 8-32-32-4: 1,408 weights; 7 rounds at 20% per hidden layer (10% output) leave about a fifth.
        var settings = new PruningStudySettings("test", method, "synthetic", [32, 32], Quick, Rounds: 7, ScoreExamples: 200, ShuffledControl: method == PruningMethod.LotteryTicket);
        IReadOnlyList<PruningPoint> points = PruningStudy.Run(settings, SyntheticData.Blobs(800, 1), SyntheticData.Blobs(400, 2));

        string name = PruningStudy.NameOf(method);
        PruningPoint[] main = [.. points.Where(p => p.Series == name)];
        Assert.Equal(8, main.Length);
        Assert.Equal(1408, main[0].Remaining);
        Assert.Equal(0.8 * 0.8 * 0.8 * 0.8 * 0.8 * 0.8 * 0.8, main[^1].LayerDensities[0], 2);
        Assert.InRange(main[^1].Density, 0.2, 0.24);
        Assert.All(main, p => Assert.True(p.TestAccuracy > 0.85, $"{p.Series} round {p.Round}: {p.TestAccuracy:P1}"));
        Assert.True(main[^1].TestAccuracy > 0.9, $"last round: {main[^1].TestAccuracy:P1} (chance 25%)");
        if (method == PruningMethod.LotteryTicket)
        {
            Assert.Equal(7, points.Count(p => p.Series == "lottery-ticket-shuffled"));
        }
    }

    [Theory]
    [InlineData(PruningMethod.SynFlow)]
    [InlineData(PruningMethod.Snip)]
    [InlineData(PruningMethod.Random)]
    public void At_initialisation_methods_train_one_network_per_density(PruningMethod method)
    {
        var settings = new PruningStudySettings("test", method, "synthetic", [32], Quick, Densities: [1.0, 0.25], SynFlowIterations: 20, ScoreExamples: 100);
        IReadOnlyList<PruningPoint> points = PruningStudy.Run(settings, SyntheticData.Blobs(800, 1), SyntheticData.Blobs(400, 2));

        Assert.Equal([384L, 96L], points.Select(p => p.Remaining));
        Assert.All(points, p => Assert.True(p.TestAccuracy > 0.85, $"{p.Series} at {p.Density:P0}: {p.TestAccuracy:P1}"));
    }

    [Fact]
    public void Results_round_trip_through_the_csv_file()
    {
        string path = Path.Combine(Directory.CreateTempSubdirectory("wann-prune-").FullName, "points.csv");
        PruningPoint[] points = [new("lottery-ticket", 0, 1000, 1000, 0.981, [1.0, 1.0], 12.5), new("lottery-ticket", 1, 801, 1000, 0.9825, [0.8, 0.9], 11)];

        PruningCsv.Write(path, points);
        IReadOnlyList<PruningPoint> back = PruningCsv.Read(path);

        Assert.Equal(points.Select(p => (p.Series, p.Round, p.Remaining, p.Total, p.TestAccuracy)), back.Select(p => (p.Series, p.Round, p.Remaining, p.Total, p.TestAccuracy)));
        Assert.Equal([0.8, 0.9], back[1].LayerDensities);
        File.WriteAllText(path, "method,x\n");
        Assert.Contains("expected the header", Assert.Throws<InputFileException>(() => PruningCsv.Read(path)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_with_mistakes_names_each_one_with_its_path()
    {
        const string json = """{ "methods": ["lottery-ticket", "obd2"], "data": "cifar", "learningRate": -1, "rewindIteration": 500, "iterations": 100, "colour": 1 }""";

        var error = Assert.Throws<InputFileException>(() => PruningStudyConfig.Parse(json, "bad.json"));

        Assert.Contains("bad.json", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.methods[1]: found \"obd2\", expected one of: magnitude, obd, lottery-ticket, synflow, snip, random", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.data: found \"cifar\", expected mnist784 or mnist256", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.learningRate: found -1", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.rewindIteration: found 500, expected a step before the end of training (< iterations = 100)", error.Message, StringComparison.Ordinal);
        Assert.Contains("$.colour: found an unknown field", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_shipped_lottery_ticket_config_is_the_papers_recipe()
    {
        string root = RepositoryPaths.Root();
        PruningStudySettings s = Assert.Single(PruningStudyConfig.Load(Path.Combine(root, "experiments", "lth-lenet300.json")));
        Assert.Equal(PruningMethod.LotteryTicket, s.Method);
        Assert.Equal([300, 100], s.Hidden);
        Assert.Equal(new TrainingSettings(OptimizerKind.Adam, 1.2e-3, 60, 50_000, 1, 0), s.Training);
        Assert.Equal((0.2, 0.1, false, 0), (s.Rate, s.OutputRate, s.GlobalScope, s.RewindIteration));
    }
}
