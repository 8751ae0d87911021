using System.Text.Json;

namespace Wann.Cli.Tests.Commands;

public sealed class EnvCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-env").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Trace_replays_actions_until_the_episode_ends()
    {
        // From x = 2.39 moving right at 1 m/s the cart leaves the track on the second step (hand-computed in
        // CartPoleSwingUpTests); the third action must not be replayed.
        string input = Path.Combine(_root, "in.json");
        File.WriteAllText(input, """{"state":[2.39,1.0,0.0,0.0],"actions":[[0],[0],[0]]}""");
        string output = Path.Combine(_root, "out.json");
        var (code, text) = WannProcess.Run("env", "trace", "swingup", "--in", input, "--out", output);
        Assert.True(code == 0, text);

        using var trace = JsonDocument.Parse(File.ReadAllText(output));
        JsonElement steps = trace.RootElement.GetProperty("steps");
        Assert.Equal(2, steps.GetArrayLength());
        Assert.True(steps[1].GetProperty("terminated").GetBoolean());
        Assert.Equal(2.409984, steps[1].GetProperty("state")[0].GetDouble(), 1e-12);
        Assert.Equal(-0.006534466213159811, steps[1].GetProperty("reward").GetDouble(), 1e-12);
        Assert.Equal(5, steps[0].GetProperty("observation").GetArrayLength());
    }

    [Fact]
    public void Trace_input_errors_name_the_json_path()
    {
        string input = Path.Combine(_root, "bad.json");
        File.WriteAllText(input, """{"state":[1,2],"actions":[[0],"x"]}""");
        var (code, text) = WannProcess.Run("env", "trace", "swingup", "--in", input);
        Assert.Equal(2, code);
        Assert.Contains("$.actions[1]", text, StringComparison.Ordinal);

        File.WriteAllText(input, """{"state":[1,2],"actions":[[0]]}""");
        (code, text) = WannProcess.Run("env", "trace", "swingup", "--in", input);
        Assert.Equal(2, code);
        Assert.Contains("state: 2 values, expected 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public void List_shows_every_registered_environment()
    {
        var (code, text) = WannProcess.Run("env", "list");
        Assert.Equal(0, code);
        Assert.Contains("swingup", text, StringComparison.Ordinal);
        Assert.Contains("1000", text, StringComparison.Ordinal);
    }
}
