using Wann.Core.Plugins;
using Wann.Core.Tasks;
using Wann.Environments.SwingUp;
using Wann.Viewer.Replay;

namespace Wann.Cli.Tests.Commands;

/// <summary>A plug-in in this test assembly: a copy of swing-up under another name, with the pole animation as its replay.</summary>
public sealed class SwingUpCopyPlugin : IWannPlugin
{
    /// <inheritdoc/>
    public void Register(TaskCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var task = new ControlTask("plugin-swingup", CartPoleSwingUp.CreateSpec(), lanes => new CartPoleSwingUp(lanes));
        task.Capabilities.Set<IReplayCapability>(new PoleAnimationReplay(new PoleDrawing([2], [0.6], 2.4, 100.0)));
        catalog.Register(task);
    }
}

public sealed class PluginCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-plugin-cli").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_plugin_task_runs_and_its_champion_is_evaluated_viewed_and_replayed()
    {
        string plugin = typeof(SwingUpCopyPlugin).Assembly.Location;
        string config = Path.Combine(_root, "exp.json");
        string relative = Path.GetRelativePath(_root, plugin).Replace("\\", "/", StringComparison.Ordinal);
        File.WriteAllText(config, $$"""{"task": "plugin-swingup", "plugins": ["{{relative}}"], "population": 16, "generations": 2, "reps": 1, "championReps": 2}""");
        string run = Path.Combine(_root, "run");
        var (code, output) = WannProcess.Run("run", config, "--out", run, "--threads", "1");
        Assert.True(code == 0, output);

        // The champion's folder names the plug-in in config.json: eval, view and replay need no --plugin.
        string champion = Path.Combine(run, "champion.json");
        (code, output) = WannProcess.Run("eval", champion, "--episodes", "2", "--json");
        Assert.True(code == 0, output);
        (code, output) = WannProcess.Run("view", champion, "-o", Path.Combine(_root, "c.svg"));
        Assert.True(code == 0, output);
        (code, output) = WannProcess.Run("replay", champion, "-o", Path.Combine(_root, "c.html"));
        Assert.True(code == 0, output);
        Assert.Contains("1000 steps", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_plugin_that_does_not_load_exits_2_naming_the_field()
    {
        string config = Path.Combine(_root, "bad.json");
        File.WriteAllText(config, """{"task": "swingup", "plugins": ["nowhere/Missing.dll"]}""");
        var (code, output) = WannProcess.Run("run", config, "--out", Path.Combine(_root, "x"));
        Assert.Equal(2, code);
        Assert.Contains("$.plugins[0]", output, StringComparison.Ordinal);
        Assert.Contains("Missing.dll: no such file", output, StringComparison.Ordinal);

        (code, output) = WannProcess.Run("bench", "swingup", "--plugin", Path.Combine(_root, "None.dll"));
        Assert.Equal(2, code);
        Assert.Contains("--plugin", output, StringComparison.Ordinal);
    }
}
