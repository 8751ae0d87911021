using Wann.Core.Persistence;
using Wann.Core.Plugins;
using Wann.Core.Tasks;
using Wann.Environments.PoleBalancing;
using Wann.Files;

namespace Wann.Core.Tests.Tasks;

/// <summary>A plug-in class in this test assembly: loading the assembly as a plug-in finds and runs it.</summary>
public sealed class CartPoleCopyPlugin : IWannPlugin
{
    /// <inheritdoc/>
    public void Register(TaskCatalog catalog) =>
        catalog.Register(new ControlTask("plugin-cartpole", CartPole.CreateSpec(), lanes => new CartPole(lanes)));
}

public sealed class PluginLoaderTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-plugins").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string ThisAssembly => typeof(CartPoleCopyPlugin).Assembly.Location;

    [Fact]
    public void A_plugin_assembly_registers_its_tasks_once()
    {
        var catalog = new TaskCatalog();
        Assert.Equal(["plugin-cartpole"], PluginLoader.Load(ThisAssembly, catalog));
        Assert.Empty(PluginLoader.Load(ThisAssembly, catalog)); // loaded before: nothing twice
        Assert.Equal(500, catalog.Get("plugin-cartpole").EpisodeLimit);
    }

    [Fact]
    public void A_duplicate_name_or_a_missing_file_is_a_clear_error()
    {
        var catalog = new TaskCatalog();
        catalog.Register(new ControlTask("plugin-cartpole", CartPole.CreateSpec(), lanes => new CartPole(lanes)));
        var duplicate = Assert.Throws<PluginLoadException>(() => PluginLoader.Load(ThisAssembly, catalog));
        Assert.Contains("'plugin-cartpole' is registered twice", duplicate.Message, StringComparison.Ordinal);
        Assert.Contains("Wann.Core.Tests.dll", duplicate.Message, StringComparison.Ordinal);

        var missing = Assert.Throws<PluginLoadException>(() => PluginLoader.Load(Path.Combine(_root, "nope.dll"), catalog));
        Assert.Contains("nope.dll: no such file", missing.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_config_names_plugins_relative_to_itself_and_their_tasks_are_usable()
    {
        string config = Path.Combine(_root, "exp.json");
        string relative = Path.GetRelativePath(_root, ThisAssembly);
        File.WriteAllText(config, $$"""{"task": "plugin-cartpole", "plugins": ["{{relative.Replace("\\", "/", StringComparison.Ordinal)}}"]}""");
        var loaded = ExperimentConfigLoader.Load(config);
        Assert.Equal("plugin-cartpole", loaded.Task);
        Assert.Equal([Path.GetFullPath(ThisAssembly)], loaded.Plugins);
        Assert.Contains("\"plugins\"", ExperimentConfigLoader.ToJson(loaded), StringComparison.Ordinal);

        File.WriteAllText(config, """{"task": "swingup", "plugins": ["missing.dll"]}""");
        var e = Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Load(config));
        Assert.Contains("$.plugins[0]", e.Message, StringComparison.Ordinal);
        Assert.Contains("no such file", e.Message, StringComparison.Ordinal);
    }
}
