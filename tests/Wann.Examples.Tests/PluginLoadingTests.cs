using System.Text.Json;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Environments.Spaces;
using Wann.Examples.Gym;

namespace Wann.Examples.Tests;

public sealed class PluginLoadingTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-example").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void The_plugin_registers_pendulum_and_acrobot_with_gymnasium_spaces_limits_and_thresholds()
    {
        Assert.Equal(["acrobot", "pendulum"], GymPlugin.Catalog.Names.Order(StringComparer.Ordinal));

        ControlTask pendulum = GymPlugin.Task("pendulum");
        Assert.Equal(200, pendulum.EpisodeLimit);
        Assert.Equal(-200, pendulum.RewardThreshold);
        Assert.Equal(SpaceKind.Continuous, pendulum.ActionSpace.Kind);
        Assert.Equal([-2.0], pendulum.ActionSpace.Low);
        Assert.Equal([2.0], pendulum.ActionSpace.High);
        Assert.Equal([-1.0, -1.0, -8.0], pendulum.ObservationSpace.Low);
        Assert.Equal(1, pendulum.OutputCount);

        ControlTask acrobot = GymPlugin.Task("acrobot");
        Assert.Equal(500, acrobot.EpisodeLimit);
        Assert.Equal(-100, acrobot.RewardThreshold);
        Assert.Equal(3, acrobot.ActionSpace.Count);
        Assert.Equal(3, acrobot.OutputCount); // argmax over three outputs
        Assert.Equal([1.0, 1.0, 1.0, 1.0, 4 * Math.PI, 9 * Math.PI], acrobot.ObservationSpace.High);

        Assert.True(EpisodeReplay.CanReplay(pendulum));
        Assert.True(EpisodeReplay.CanReplay(acrobot));
    }

    [Fact]
    public void A_config_naming_the_plugin_loads_it_the_way_wann_run_does()
    {
        string config = Path.Combine(_root, "pendulum.json");
        string relative = Path.GetRelativePath(_root, GymPlugin.AssemblyPath).Replace('\\', '/');
        File.WriteAllText(config, $$"""{"task": "pendulum", "plugins": ["{{relative}}"], "population": 16}""");

        ExperimentConfig loaded = ExperimentConfigLoader.Load(config);

        Assert.Equal("pendulum", loaded.Task);
        Assert.Equal([Path.GetFullPath(GymPlugin.AssemblyPath)], loaded.Plugins);
        Assert.IsType<ControlTask>(TaskCatalog.Default.Get("acrobot"));
    }

    [Theory]
    [InlineData("pendulum")]
    [InlineData("acrobot")]
    public void The_shipped_configs_name_the_assembly_the_plugin_project_builds(string name)
    {
        string experiments = Path.Combine(GymPlugin.RepositoryRoot, "experiments");
        using JsonDocument config = JsonDocument.Parse(File.ReadAllText(Path.Combine(experiments, name + ".json")));
        Assert.Equal(name, config.RootElement.GetProperty("task").GetString());
        string plugin = config.RootElement.GetProperty("plugins")[0].GetString()!;

        // The build writes <project folder>/bin/Release/net10.0/<assembly>.dll; the config names that file relative to itself.
        string project = Path.Combine(experiments, "plugins", "Wann.Examples.Gym", "Wann.Examples.Gym.csproj");
        Assert.True(File.Exists(project), project);
        string expected = Path.Combine(Path.GetDirectoryName(project)!, "bin", "Release", "net10.0", Path.GetFileName(GymPlugin.AssemblyPath));
        Assert.Equal(Path.GetFullPath(expected), Path.GetFullPath(Path.Combine(experiments, plugin)));
    }

    [Fact]
    public void Loading_the_plugin_twice_into_one_catalog_registers_nothing_twice()
    {
        var catalog = new TaskCatalog();
        catalog.Register(new ControlTask("pendulum", Pendulum.CreateSpec(), lanes => new Pendulum(lanes)));
        var e = Assert.Throws<Wann.Core.Plugins.PluginLoadException>(() => Wann.Core.Plugins.PluginLoader.Load(GymPlugin.AssemblyPath, catalog));
        Assert.Contains("'pendulum' is registered twice", e.Message, StringComparison.Ordinal);
    }
}
