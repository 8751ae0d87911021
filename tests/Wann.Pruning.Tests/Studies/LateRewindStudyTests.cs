using Wann.Pruning.Studies;
using Wann.Pruning.Training;

namespace Wann.Pruning.Tests.Studies;

public sealed class LateRewindStudyTests
{
    [Fact]
    public void A_ticket_rewound_to_step_k_and_its_shuffled_control_train_for_the_rest_of_the_budget()
    {
        // 8-32-32-4 (1,408 weights), 7 rounds at 20% (10% output), survivors rewound to their step-50 values.
        var training = new TrainingSettings(OptimizerKind.Adam, 0.01, BatchSize: 20, Iterations: 300, Seed: 4, Threads: 1);
        var settings = new PruningStudySettings("late", PruningMethod.LotteryTicket, "synthetic", [32, 32], training, Rounds: 7, RewindIteration: 50, ShuffledControl: true);

        IReadOnlyList<PruningPoint> points = PruningStudy.Run(settings, SyntheticData.Blobs(800, 1), SyntheticData.Blobs(400, 2));

        PruningPoint[] tickets = [.. points.Where(p => p.Series == "lottery-ticket")];
        PruningPoint[] controls = [.. points.Where(p => p.Series == "lottery-ticket-shuffled")];
        Assert.Equal(8, tickets.Length);
        Assert.Equal(7, controls.Length);
        Assert.Equal(tickets.Skip(1).Select(p => p.Remaining), controls.Select(p => p.Remaining));
        Assert.Equal(0.8 * 0.8 * 0.8 * 0.8 * 0.8 * 0.8 * 0.8, tickets[^1].LayerDensities[1], 2);
        Assert.All(tickets, p => Assert.True(p.TestAccuracy > 0.9, $"round {p.Round}: {p.TestAccuracy:P1} (chance 25%)"));
    }
}
