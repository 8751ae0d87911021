using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Tests.Persistence;

public class GenomeFileTests
{
    private static readonly Genome Sample = GenomeFactory.Build(2, 1, [(4, ActivationFunction.Gaussian)],
        [(1, 4, 1.0, true), (0, 3, -0.25, false), (4, 3, 1.5, true)]);

    [Fact]
    public void Genomes_round_trip_gene_for_gene_and_byte_for_byte()
    {
        var document = new GenomeDocument(Sample, "swingup", new Dictionary<string, double> { ["validatedMean"] = 612.25 });
        string json = GenomeFile.ToJson(document);
        GenomeDocument back = GenomeFile.Parse(json, "g.json");
        Assert.True(back.Genome.SameGenesAs(Sample));
        Assert.Equal("swingup", back.Task);
        Assert.Equal(612.25, back.Scores["validatedMean"]);
        Assert.Equal(json, GenomeFile.ToJson(back));
    }

    [Fact]
    public void Atomic_write_replaces_the_file_and_leaves_no_temporary()
    {
        string dir = Directory.CreateTempSubdirectory("wann-test").FullName;
        string path = Path.Combine(dir, "champion.json");
        GenomeFile.Write(path, new GenomeDocument(Sample, "swingup", new Dictionary<string, double>()));
        GenomeFile.Write(path, new GenomeDocument(Sample, "cartpole", new Dictionary<string, double>()));
        Assert.Equal("cartpole", GenomeFile.Read(path).Task);
        Assert.Equal(["champion.json"], Directory.GetFiles(dir).Select(Path.GetFileName));
        Directory.Delete(dir, true);
    }

    [Theory]
    [InlineData("", "not valid JSON")]
    [InlineData("{\"schema\":\"wann-genome\",\"version\":1,\"task\":\"swingup\",\"inputs\":2,\"outputs\":1,\"nodes\":[", "not valid JSON")]
    [InlineData("[1,2]", "expected a genome file")]
    [InlineData("{\"schema\":\"other\"}", "$.schema: found \"other\"")]
    [InlineData("{\"schema\":\"wann-genome\",\"version\":7}", "$.version: found 7, expected 1")]
    [InlineData("{\"schema\":\"wann-genome\",\"version\":1,\"task\":\"swingup\",\"inputs\":1,\"outputs\":1,\"nodes\":[{\"id\":0,\"kind\":\"bias\",\"activation\":\"linear\"},{\"id\":1,\"kind\":\"input\",\"activation\":\"linear\"},{\"id\":2,\"kind\":\"output\",\"activation\":\"wobble\"}],\"connections\":[]}", "$.nodes[2].activation: found \"wobble\"")]
    [InlineData("{\"schema\":\"wann-genome\",\"version\":1,\"task\":\"swingup\",\"inputs\":1,\"outputs\":1,\"nodes\":[{\"id\":0,\"kind\":\"bias\",\"activation\":\"linear\"},{\"id\":1,\"kind\":\"input\",\"activation\":\"linear\"},{\"id\":2,\"kind\":\"output\",\"activation\":\"linear\"}],\"connections\":[{\"innovation\":0,\"source\":2,\"target\":1,\"weight\":1,\"enabled\":true}]}", "do not form a valid genome")]
    public void Malformed_files_give_a_clear_error(string json, string expected)
    {
        var e = Assert.Throws<InputFileException>(() => GenomeFile.Parse(json, "bad.json"));
        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }
}
