using Wann.Tests.Shared;

namespace Wann.Cli.Tests.Commands;

public sealed class LargeGenomeViewTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-large-view-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_png_of_a_20000_node_chain_is_refused_with_a_message_not_a_null_reference()
    {
        string genome = Path.Combine(_root, "chain.json");
        ChainGenome.Write(genome, 20_000);
        string png = Path.Combine(_root, "chain.png");
        var (code, output) = WannProcess.Run("view", genome, "-o", png);
        Assert.Equal(2, code);
        Assert.Contains("chain.json: the picture of 20,000 nodes would be", output, StringComparison.Ordinal);
        Assert.Contains("write .svg or .dot", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output, StringComparison.Ordinal);
        Assert.False(File.Exists(png));

        // A small chain still becomes a picture.
        ChainGenome.Write(genome, 30);
        (code, _) = WannProcess.Run("view", genome, "-o", png);
        Assert.Equal(0, code);
        Assert.True(new FileInfo(png).Length > 100);
    }
}
