using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Examples.Tests;

/// <summary>
/// The engine's conformance checks (tests/Wann.Core.Tests/Tasks/TaskConformanceTests.cs, Gymnasium's env checker) on the
/// example's tasks: equal seeds give equal starts, observations stay finite and inside the declared space, the episode
/// limit holds, and the lane path, the scalar path and a replay score alike bit for bit.
/// </summary>
public sealed class ConformanceTests
{
    [Theory]
    [InlineData("pendulum")]
    [InlineData("acrobot")]
    public void Equal_seeds_give_equal_starts_inside_the_observation_space(string name)
    {
        ControlTask task = GymPlugin.Task(name);
        double[] first = Start(task, 123);
        Assert.Equal(first, Start(task, 123));
        Assert.NotEqual(first, Start(task, 124));
        Assert.True(task.ObservationSpace.Contains(first), $"{name}: start {string.Join(", ", first)} outside {task.ObservationSpace}");
    }

    [Theory]
    [InlineData("pendulum", 1.0, 5UL)]
    [InlineData("pendulum", -2.0, 6UL)]
    [InlineData("acrobot", 1.0, 5UL)]
    [InlineData("acrobot", -0.5, 6UL)]
    public void Episodes_stay_in_the_spaces_and_the_limit_and_every_path_scores_alike(string name, double weight, ulong seed)
    {
        ControlTask task = GymPlugin.Task(name);
        Genome genome = BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: 6, connections: 16);

        var checker = new Checker(task);
        double replay = EpisodeReplay.Run(task, genome, weight, seed, _ => checker);
        Assert.True(checker.Problem is null, checker.Problem);
        Assert.InRange(checker.Steps, 1, task.EpisodeLimit);

        double lane = LaneScores(task, genome, [weight], [seed])[0];
        double scalar = ScalarPath.Score(task, genome, weight, seed);
        Assert.Equal(lane, replay);
        Assert.Equal(lane, scalar);
    }

    [Theory]
    [InlineData("pendulum")]
    [InlineData("acrobot")]
    public void Eight_lanes_together_score_what_each_lane_scores_alone_bit_for_bit(string name)
    {
        // The evaluator runs many lanes (seeds and weights) in one batch; a lane must not feel its neighbours.
        // For acrobot a grown random network never reaches the bar (every lane scores -500), so a champion of
        // `wann run experiments/acrobot.json --seed 1` is used: its episodes end at different steps.
        ControlTask task = GymPlugin.Task(name);
        Genome genome = name == "acrobot"
            ? GenomeFile.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "acrobot-champion.json")), "acrobot-champion.json").Genome
            : BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: 6, connections: 16);
        double[] weights = [-2, -1, -0.5, 0.5, 1, 2, 1, -1];
        ulong[] seeds = [11, 12, 13, 14, 15, 16, 17, 18];
        double[] together = LaneScores(task, genome, weights, seeds);
        for (int i = 0; i < seeds.Length; i++)
        {
            double alone = ScalarPath.Score(task, genome, weights[i], seeds[i]);
            Assert.Equal(BitConverter.DoubleToInt64Bits(alone), BitConverter.DoubleToInt64Bits(together[i]));
        }

        Assert.True(together.Distinct().Count() > 1, "different seeds and weights should not all score alike");
        if (name == "acrobot")
        {
            Assert.True(together.Average() > -100, $"the champion should solve Acrobot-v1 (threshold -100); mean {together.Average()}");
        }
    }

    [Theory]
    [InlineData("pendulum", 200, false)]
    [InlineData("acrobot", 500, false)]
    public void A_passive_episode_is_truncated_exactly_at_the_limit(string name, int limit, bool terminated)
    {
        // Zero torque (pendulum) or action 1 = torque 0 (acrobot) from near rest never reaches the acrobot's goal.
        ControlTask task = GymPlugin.Task(name);
        IVectorEnvironment env = task.CreateEnvironment(1);
        env.Reset([7UL]);
        double action = name == "acrobot" ? 1.0 : 0.0;
        int steps = 0;
        double total = 0;
        var reward = new double[1];
        while (env.RunningLaneCount > 0)
        {
            env.Step([action], reward);
            total += reward[0];
            steps++;
            Assert.True(steps <= limit, $"{name}: still running after {steps} steps");
        }

        Assert.Equal(limit, steps);
        Assert.True(env.Truncated[0]);
        Assert.Equal(terminated, env.Terminated[0]);
        if (name == "acrobot")
        {
            Assert.Equal(-500.0, total);
        }

        env.Step([action], reward);
        Assert.Equal(0.0, reward[0]); // an ended lane stays ended with zero reward
    }

    private static double[] Start(ControlTask task, ulong seed)
    {
        IVectorEnvironment env = task.CreateEnvironment(1);
        env.Reset([seed]);
        var observation = new double[task.ObservationSpace.Size];
        env.WriteObservations(observation);
        return observation;
    }

    private static double[] LaneScores(ControlTask task, Genome genome, double[] weights, ulong[] seeds)
    {
        var evaluator = new GenomeEvaluator();
        LaneNetwork network = evaluator.NetworkFor(seeds.Length);
        network.LoadShared(genome.Program, weights);
        var scores = new double[seeds.Length];
        evaluator.RunnerFor(task, seeds.Length).Run(network, seeds, scores);
        return scores;
    }

    private sealed class Checker(ControlTask task) : IEpisodeObserver
    {
        private readonly double[] _observation = new double[task.ObservationSpace.Size];

        public int Steps { get; private set; }

        public string? Problem { get; private set; }

        public void OnReset(IVectorEnvironment environment) => Check(environment);

        public void OnStep(IVectorEnvironment environment, ReadOnlySpan<double> rewards)
        {
            Steps++;
            if (!double.IsFinite(rewards[0]))
            {
                Problem ??= $"{task.Name}: reward {rewards[0]} at step {Steps}";
            }

            if (environment.Truncated[0] && Steps != task.EpisodeLimit)
            {
                Problem ??= $"{task.Name}: truncated at step {Steps}, limit {task.EpisodeLimit}";
            }

            Check(environment);
        }

        private void Check(IVectorEnvironment environment)
        {
            environment.WriteObservations(_observation);
            if (!task.ObservationSpace.Contains(_observation))
            {
                Problem ??= $"{task.Name}: observation {string.Join(", ", _observation)} outside {task.ObservationSpace} at step {Steps}";
            }
        }
    }
}
