namespace Wann.Cli.Tests.Commands;

/// <summary><c>wann export --format onnx|c</c>: files written, bad input refused with exit code 2.</summary>
public sealed class ExportFormatTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-export").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void Onnx_and_c_exports_write_their_files()
    {
        string genome = Genome();
        string onnx = Path.Combine(_root, "net.onnx");
        var (code, output) = WannProcess.Run("export", genome, "--format", "onnx", "-o", onnx, "--weight", "-1.5");
        Assert.True(code == 0, output);
        byte[] bytes = File.ReadAllBytes(onnx);
        Assert.Equal(0x08, bytes[0]); // field 1 (ir_version), varint
        Assert.Equal(8, bytes[1]);

        string c = Path.Combine(_root, "net.c");
        (code, output) = WannProcess.Run("export", genome, "--format", "c", "-o", c, "--own-weights");
        Assert.True(code == 0, output);
        Assert.Contains("void wann_cartpole(const double input[4], double output[1]);", File.ReadAllText(Path.Combine(_root, "net.h")), StringComparison.Ordinal);
        Assert.Contains("#include \"net.h\"", File.ReadAllText(c), StringComparison.Ordinal);
    }

    [Fact]
    public void The_default_format_is_still_the_reference_out_matrix_on_standard_output()
    {
        var (code, output) = WannProcess.Run("export", Genome());
        Assert.Equal(0, code);
        string[] rows = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(7, rows.Length); // one row per node
        Assert.All(rows, row => Assert.Equal(8, row.Split(',').Length)); // a weight column per node, then the activation
    }

    [Theory]
    [InlineData("--format", "onnx", "--weight", "abc")]
    [InlineData("--format", "onnx", "--weight", "1", "--shared-input")]
    [InlineData("--format", "pdf")]
    [InlineData("--format", "wann-out", "--own-weights")]
    [InlineData("--format", "onnx", "--precision", "half")]
    [InlineData("--format", "onnx", "--double", "--precision", "float32-throughout")]
    [InlineData("--format", "c", "--precision", "float64")]
    [InlineData("--format", "wann-out", "--precision", "float64")]
    public void Bad_export_options_exit_2_with_a_message(params string[] args)
    {
        var (code, output) = WannProcess.Run(["export", Genome(), .. args, "-o", Path.Combine(_root, "x")]);
        Assert.Equal(2, code);
        Assert.Contains("error: ", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", output, StringComparison.Ordinal);
    }

    // A cart-pole genome: one hidden sin node between two inputs and the output.
    private string Genome()
    {
        string path = Path.Combine(_root, "cartpole.json");
        File.WriteAllText(path, """
            { "schema": "wann-genome", "version": 1, "task": "cartpole", "inputs": 4, "outputs": 1, "recurrent": false, "scores": {},
              "nodes": [ { "id": 0, "kind": "bias", "activation": "linear" }, { "id": 1, "kind": "input", "activation": "linear" },
                         { "id": 2, "kind": "input", "activation": "linear" }, { "id": 3, "kind": "input", "activation": "linear" },
                         { "id": 4, "kind": "input", "activation": "linear" }, { "id": 5, "kind": "output", "activation": "linear" },
                         { "id": 6, "kind": "hidden", "activation": "sin" } ],
              "connections": [ { "innovation": 0, "source": 3, "target": 6, "weight": 0.5, "enabled": true },
                               { "innovation": 1, "source": 4, "target": 6, "weight": 1, "enabled": true },
                               { "innovation": 2, "source": 6, "target": 5, "weight": -2, "enabled": true } ] }
            """);
        return path;
    }
}
