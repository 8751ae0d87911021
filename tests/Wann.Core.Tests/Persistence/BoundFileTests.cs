using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Tests.Persistence;

/// <summary>Genomes and checkpoints bound with the source generator: files written by the build before the binding
/// (Fixtures/checkpoints, commit 5e2f5b3) load, their seals verify, and writing them again gives the same bytes.</summary>
public class BoundFileTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "checkpoints", name);

    [Theory]
    [InlineData("cartpole-v2.json", 3, false)]
    [InlineData("doublepole-neat-v2.json", 3, true)]
    public void Checkpoints_written_before_the_binding_load_with_their_seal_and_write_the_same_bytes(string name, int generation, bool species)
    {
        string text = File.ReadAllText(Fixture(name));
        Checkpoint checkpoint = CheckpointFile.Read(Fixture(name));
        Assert.False(checkpoint.Edited);
        Assert.Equal(2, checkpoint.Version);
        Assert.Equal(generation, checkpoint.State.Generation);
        Assert.Equal(species, checkpoint.State.Species is not null);
        Assert.Equal(text, CheckpointSeal.Seal(CheckpointFile.ToJson(checkpoint)));
    }

    [Theory]
    [InlineData("cartpole-v2.json")]
    [InlineData("doublepole-neat-v2.json")]
    public void Writing_a_checkpoint_streams_the_same_sealed_bytes_as_the_text_route(string name)
    {
        byte[] original = File.ReadAllBytes(Fixture(name));
        Checkpoint checkpoint = CheckpointFile.Read(Fixture(name));
        string path = Path.Combine(Path.GetTempPath(), $"wann-stream-{Guid.NewGuid():N}.json");
        try
        {
            CheckpointFile.Write(path, checkpoint);
            Assert.Equal(original, File.ReadAllBytes(path));
            Assert.False(CheckpointFile.Read(path).Edited);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void An_unsealed_version_1_checkpoint_still_loads()
    {
        Assert.True(CheckpointSeal.IsSealed(File.ReadAllText(Fixture("cartpole-v2.json"))));
        _ = CheckpointSeal.IsBroken(File.ReadAllText(Fixture("cartpole-v2.json")), out string body);
        string v1 = body.Replace("\"version\":2,", "\"version\":1,", StringComparison.Ordinal);
        string path = Path.Combine(Directory.CreateTempSubdirectory("wann-v1").FullName, "checkpoint.json");
        File.WriteAllText(path, v1);
        Checkpoint checkpoint = CheckpointFile.Read(path);
        Assert.Equal(1, checkpoint.Version);
        Assert.False(checkpoint.Edited);
        Assert.Equal(8, checkpoint.State.Population.Length);
    }

    [Fact]
    public void A_sealed_checkpoint_changed_by_hand_is_still_refused()
    {
        string text = File.ReadAllText(Fixture("cartpole-v2.json")).Replace("\"generation\":3,", "\"generation\":2,", StringComparison.Ordinal);
        string path = Path.Combine(Directory.CreateTempSubdirectory("wann-edit").FullName, "checkpoint.json");
        File.WriteAllText(path, text);
        var e = Assert.Throws<InputFileException>(() => CheckpointFile.Read(path));
        Assert.Contains("sha256 seal", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_champion_written_before_the_binding_writes_the_same_bytes()
    {
        string text = File.ReadAllText(Fixture("cartpole-champion.json"));
        GenomeDocument document = GenomeFile.Parse(text, "cartpole-champion.json");
        Assert.Equal(text, GenomeFile.ToJson(document));
        Assert.NotEmpty(document.Scores);
    }

    private const string Header = "{\"schema\":\"wann-genome\",\"version\":1,\"task\":\"swingup\",\"inputs\":1,\"outputs\":1,";
    private const string Nodes = "\"nodes\":[{\"id\":0,\"kind\":\"bias\",\"activation\":\"linear\"},{\"id\":1,\"kind\":\"input\",\"activation\":\"linear\"},{\"id\":2,\"kind\":\"output\",\"activation\":\"linear\"}]";

    [Theory]
    [InlineData(Header + "\"nodes\":[{\"id\":\"zero\",\"kind\":\"bias\"}],\"connections\":[]}", "$.nodes[0].id: found \"zero\", expected a whole number")]
    [InlineData(Header + Nodes + ",\"connections\":[{\"innovation\":0,\"source\":0,\"target\":2,\"weight\":true}]}", "$.connections[0].weight: found true, expected a number")]
    [InlineData(Header + Nodes + ",\"connections\":{}}", "$.connections: found {}, expected an array")]
    [InlineData(Header + Nodes + ",\"connections\":[],\"colour\":\"red\"}", "$.colour: found an unknown field, expected one of: schema, version, task")]
    [InlineData(Header + Nodes + ",\"connections\":[{\"innovation\":0,\"source\":0,\"target\":2,\"wieght\":1}]}", "$.connections[0].wieght: found an unknown field, expected one of: innovation, source, target, weight, enabled")]
    [InlineData(Header + Nodes + ",\"connections\":[],\"inputs\":2}", "$.inputs: found a second \"inputs\" (2), expected each field once")]
    [InlineData(Header + Nodes + ",\"connections\":[],\"task\":null}", "$.task: found null, expected a string")]
    [InlineData(Header + Nodes + ",\"connections\":[{\"innovation\":-1,\"source\":0,\"target\":2}]}", "$.connections[0].innovation: found -1, expected a whole number in [0, ")]
    [InlineData(Header + "\"nodes\":[]}", "$.connections: found nothing, expected an array")]
    public void Binding_problems_name_the_file_the_path_the_value_and_what_was_expected(string json, string expected)
    {
        var e = Assert.Throws<InputFileException>(() => GenomeFile.Parse(json, "bad.json"));
        Assert.Contains("bad.json", e.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_checkpoint_problem_inside_a_genome_gives_the_whole_path()
    {
        _ = CheckpointSeal.IsBroken(File.ReadAllText(Fixture("cartpole-v2.json")), out string body);
        int at = body.IndexOf("\"kind\":\"bias\"", body.IndexOf("\"population\":[", StringComparison.Ordinal), StringComparison.Ordinal);
        string broken = string.Concat(body.AsSpan(0, at), "\"kind\":7", body.AsSpan(at + "\"kind\":\"bias\"".Length));
        var e = Assert.Throws<InputFileException>(() => CheckpointFile.Parse(broken, "cp.json"));
        Assert.Contains("cp.json", e.Message, StringComparison.Ordinal);
        Assert.Contains("$.population[0].nodes[0].kind: found 7, expected a string", e.Message, StringComparison.Ordinal);
    }
}
