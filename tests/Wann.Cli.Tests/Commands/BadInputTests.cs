namespace Wann.Cli.Tests.Commands;

public sealed class BadInputTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-bad").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_broken_config_prints_every_problem_with_its_path_and_exits_2_without_starting()
    {
        string config = Path.Combine(_root, "broken.json");
        File.WriteAllText(config, """{ "population": 1, "probMoo": 2, "hiddenActivations": ["tanh", "nope"], "colour": "red" }""");
        string folder = Path.Combine(_root, "never");
        var (code, output) = WannProcess.Run("run", config, "--out", folder);
        Assert.Equal(2, code);
        Assert.Contains("broken.json: 4 problem(s)", output, StringComparison.Ordinal);
        Assert.Contains("$.population", output, StringComparison.Ordinal);
        Assert.Contains("$.probMoo", output, StringComparison.Ordinal);
        Assert.Contains("$.hiddenActivations[1]", output, StringComparison.Ordinal);
        Assert.Contains("$.colour: found an unknown field", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(folder), "nothing may start for a broken config");

        (code, output) = WannProcess.Run("validate", config);
        Assert.Equal(2, code);
        Assert.Contains("$.probMoo", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_genome_file_gives_a_clear_error()
    {
        string genome = Path.Combine(_root, "cut.json");
        File.WriteAllText(genome, "{\"schema\":\"wann-genome\",\"version\":1,\"task\":\"swingup\",\"nodes\":[");
        var (code, output) = WannProcess.Run("eval", genome, "--episodes", "2");
        Assert.Equal(2, code);
        Assert.Contains("cut.json: not valid JSON", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal); // no stack trace
    }

    [Fact]
    public void Bad_flag_values_are_refused()
    {
        var (code, output) = WannProcess.Run("run", "--population", "1", "--out", Path.Combine(_root, "x"));
        Assert.Equal(2, code);
        Assert.Contains("--population: found 1", output, StringComparison.Ordinal);
        (code, _) = WannProcess.Run("run", "--threads", "many");
        Assert.NotEqual(0, code);
    }

    [Fact]
    public void Flags_and_set_overrides_share_the_configs_bounds_and_messages()
    {
        var (code, output) = WannProcess.Run("run", "--population", "2147483647", "--out", Path.Combine(_root, "big"));
        Assert.Equal(2, code);
        Assert.Contains("$.population: found 2147483647, expected a whole number in [2, 10000000]", output, StringComparison.Ordinal);

        (code, output) = WannProcess.Run("run", "--set", "complexity=nodes", "--set", "neat.addNode=2", "--out", Path.Combine(_root, "set"));
        Assert.Equal(2, code);
        Assert.Contains("$.complexity: found \"nodes\"", output, StringComparison.Ordinal);
        Assert.Contains("$.neat.addNode: found 2, expected a number in [0, 1]", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(_root, "set")), "nothing may start on a bad config");

        (code, output) = WannProcess.Run("run", "--set", "name=../../escape", "--out", Path.Combine(_root, "name"));
        Assert.Equal(2, code);
        Assert.Contains("$.name: found \"../../escape\", expected a name", output, StringComparison.Ordinal);
    }
}
