using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;

namespace Wann.Core.Tests.Tasks;

public sealed class EpisodeDriverTests
{
    // Before the one driver, the scalar path summed rewards and skipped Gruau's episode-end scoring: it returned
    // about 1000 (steps balanced) where the lane path gives a fitness below 1.
    [Theory]
    [InlineData(-1.0, 3UL)]
    [InlineData(0.5, 11UL)]
    public void Doublepole_novel_scalar_and_replay_paths_score_gruau_fitness_like_the_lane_path(double weight, ulong seed)
    {
        var task = (ControlTask)TaskCatalog.Default.Get("doublepole-novel");
        Genome genome = BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: 6, connections: 14);
        double lane = LaneScore(task, genome, weight, seed);

        double scalar = new ScalarEpisode(task).Run(new ScalarNetwork(genome.Program), weight, seed);
        double replay = EpisodeReplay.Run(task, genome, weight, seed, _ => null);

        Assert.InRange(lane, 0.0, 1.0);
        Assert.Equal(lane, scalar);
        Assert.Equal(lane, replay);
    }

    [Fact]
    public void An_observer_sees_the_reset_and_every_step()
    {
        var task = (ControlTask)TaskCatalog.Default.Get("cartpole");
        Genome genome = BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: 3, connections: 6);
        var counter = new Counter();
        double score = EpisodeReplay.Run(task, genome, 1.0, 5, _ => counter);
        Assert.Equal(1, counter.Resets);
        Assert.Equal(score, counter.Steps); // cartpole: +1 per step
    }

    internal static double LaneScore(ControlTask task, Genome genome, double weight, ulong seed)
    {
        var evaluator = new GenomeEvaluator();
        LaneNetwork network = evaluator.NetworkFor(1);
        network.LoadShared(genome.Program, [weight]);
        var scores = new double[1];
        evaluator.RunnerFor(task, 1).Run(network, [seed], scores);
        return scores[0];
    }

    private sealed class Counter : IEpisodeObserver
    {
        public int Resets { get; private set; }

        public int Steps { get; private set; }

        public void OnReset(Wann.Environments.IVectorEnvironment environment) => Resets++;

        public void OnStep(Wann.Environments.IVectorEnvironment environment, ReadOnlySpan<double> rewards) => Steps++;
    }
}
