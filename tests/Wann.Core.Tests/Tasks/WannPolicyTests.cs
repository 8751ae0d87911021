using Wann.Core.Benchmarking;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Policies;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Core.Tests.Tasks;

public sealed class WannPolicyTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-policy").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Theory]
    [InlineData("cartpole", 7UL)]
    [InlineData("carracing", 2UL)]
    public void A_loaded_champion_acts_with_its_best_validated_weight_and_replays_the_evaluator_episode(string name, ulong seed)
    {
        var task = (ControlTask)TaskCatalog.Default.Get(name);
        Genome genome = BenchmarkGenomes.ChampionSized(task.InputCount, task.OutputCount, hidden: 5, connections: 12);
        string path = Path.Combine(_root, "champion.json");
        GenomeFile.Write(path, new GenomeDocument(genome, name, new Dictionary<string, double>
        {
            ["validatedMean"] = 3.0,
            ["validatedMean[w=-1]"] = 2.0,
            ["validatedMean[w=0.5]"] = 4.0,
        }));

        WannPolicy policy = WannPolicy.Load(path);
        Assert.Equal(0.5, policy.Weight);
        Assert.Equal(0.25, WannPolicy.Load(path, weight: 0.25).Weight);

        // Drive the environment by hand with the policy: the same score as the evaluator, bit for bit.
        IVectorEnvironment env = task.CreateEnvironment(1);
        env.Reset([seed]);
        policy.Reset();
        var observation = new double[policy.ObservationSpace.Size];
        var reward = new double[1];
        double total = 0.0;
        while (env.RunningLaneCount > 0)
        {
            env.WriteObservations(observation);
            double[] action = policy.Act(observation);
            Assert.True(policy.ActionSpace.Contains(action));
            env.Step(action, reward);
            total += reward[0];
        }

        Assert.Equal(EpisodeDriverTests.LaneScore(task, genome, 0.5, seed), total);
    }
}
