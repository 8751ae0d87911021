using System.Text.Json;
using Wann.Cli.Commands;
using Wann.Core.Benchmarking;

namespace Wann.Cli.Tests.Commands;

public class BenchCommandTests
{
    [Fact]
    public void The_json_line_of_a_classification_benchmark_has_no_scalar_figure()
    {
        // mnist256 has no scalar baseline: its figure is NaN, which JSON cannot hold (this used to crash).
        var result = new RolloutBenchmarkResult("mnist256", 2, 233, 38, 6000, 5.9e6, 988.0, double.NaN, double.NaN);
        using JsonDocument json = JsonDocument.Parse(BenchCommand.ToJson(result));
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("scalarEnvStepsPerSecond").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("scalarEvaluationsPerSecond").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("fastToScalar").ValueKind);
        Assert.Equal(5.9e6, json.RootElement.GetProperty("envStepsPerSecond").GetDouble());
        Assert.Equal(2, json.RootElement.GetProperty("threads").GetInt32());
    }

    [Fact]
    public void The_json_line_of_a_control_benchmark_has_the_scalar_figures_and_their_ratio()
    {
        var result = new RolloutBenchmarkResult("carracing", 2, 52, 22, 18, 600_000, 30.0, 200_000, 10.0);
        using JsonDocument json = JsonDocument.Parse(BenchCommand.ToJson(result));
        Assert.Equal(10.0, json.RootElement.GetProperty("scalarEvaluationsPerSecond").GetDouble());
        Assert.Equal(3.0, json.RootElement.GetProperty("fastToScalar").GetDouble());
    }

    [Fact]
    public void Wann_bench_json_prints_the_fields_the_readme_names()
    {
        (int exit, string output) = WannProcess.Run("bench", "cartpole", "--json", "--seconds", "0.5", "--threads", "1");
        Assert.Equal(0, exit);
        using JsonDocument json = JsonDocument.Parse(output.Trim().Split('\n')[^1]);
        JsonElement root = json.RootElement;
        Assert.Equal("cartpole", root.GetProperty("task").GetString());
        Assert.True(root.GetProperty("envStepsPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("scalarEnvStepsPerSecond").GetDouble() > 0);
        Assert.True(root.GetProperty("evaluationsPerSecond").GetDouble() > 0);
        Assert.Equal(1, root.GetProperty("threads").GetInt32());
    }
}
