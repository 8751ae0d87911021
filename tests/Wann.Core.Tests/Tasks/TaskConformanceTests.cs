using Wann.Core.Benchmarking;
using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Plugins;
using Wann.Core.Tasks;
using Wann.Environments;
using Wann.Environments.Spaces;

namespace Wann.Core.Tests.Tasks;

/// <summary>
/// Gymnasium's env checker, for every task of the catalog (the built-ins and this assembly's plug-in task): equal
/// seeds give equal starts, observations are finite and inside the declared space, the episode limit holds, the fast
/// lane path and the scalar path score alike bit for bit, and a replay scores what the evaluator scores.
/// </summary>
public sealed class TaskConformanceTests
{
    private static readonly TaskCatalog Catalog = CreateCatalog();

    public static TheoryData<string> ControlTasks()
    {
        var names = new TheoryData<string>();
        foreach (WannTask task in Catalog.Tasks)
        {
            if (task is ControlTask)
            {
                names.Add(task.Name);
            }
        }

        return names;
    }

    [Fact]
    public void Every_task_has_spaces_that_fit_its_network_and_a_plugin_task_is_checked_too()
    {
        Assert.Contains("plugin-cartpole", Catalog.Names);
        foreach (WannTask task in Catalog.Tasks)
        {
            Assert.Equal(task.InputCount, task.ObservationSpace.Size);
            Assert.True(task.OutputCount == ActionDecoder.For(task.ActionSpace).OutputCount || task is ControlTask, task.Name);
        }
    }

    [Theory]
    [MemberData(nameof(ControlTasks))]
    public void Equal_seeds_give_equal_starts_inside_the_observation_space(string name)
    {
        var task = (ControlTask)Catalog.Get(name);
        double[] first = Start(task, 123);
        Assert.Equal(first, Start(task, 123));
        Assert.True(task.ObservationSpace.Contains(first), $"{name}: start {string.Join(", ", first)} outside {task.ObservationSpace}");
    }

    [Theory]
    [MemberData(nameof(ControlTasks))]
    public void Episodes_stay_in_the_spaces_and_the_limit_and_every_path_scores_alike(string name)
    {
        var task = (ControlTask)Catalog.Get(name);
        Genome genome = BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: 6, connections: 16);
        foreach ((double weight, ulong seed) in new[] { (1.0, 5UL), (-0.5, 6UL) })
        {
            var checker = new Checker(task);
            double replay = EpisodeReplay.Run(task, genome, weight, seed, _ => checker);
            Assert.True(checker.Steps <= task.EpisodeLimit || task.EpisodeLimit == 0, $"{name}: {checker.Steps} steps, limit {task.EpisodeLimit}");
            Assert.True(checker.Problem is null, checker.Problem);

            double lane = EpisodeDriverTests.LaneScore(task, genome, weight, seed);
            double scalar = new ScalarEpisode(task).Run(new ScalarNetwork(genome.Program), weight, seed);
            Assert.Equal(lane, replay);
            Assert.Equal(lane, scalar);
        }
    }

    private static double[] Start(ControlTask task, ulong seed)
    {
        IVectorEnvironment env = task.CreateEnvironment(1);
        env.Reset([seed]);
        var observation = new double[task.ObservationSpace.Size];
        env.WriteObservations(observation);
        return observation;
    }

    private static TaskCatalog CreateCatalog()
    {
        TaskCatalog catalog = TaskCatalog.CreateWithBuiltIns();
        PluginLoader.Load(typeof(CartPoleCopyPlugin).Assembly.Location, catalog);
        return catalog;
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
            foreach (double v in _observation)
            {
                if (!double.IsFinite(v))
                {
                    Problem ??= $"{task.Name}: non-finite observation at step {Steps}";
                }
            }

            if (!task.ObservationSpace.Contains(_observation))
            {
                Problem ??= $"{task.Name}: observation {string.Join(", ", _observation)} outside {task.ObservationSpace} at step {Steps}";
            }
        }
    }
}
