using System.Text.Json;
using Json.Schema;
using Wann.Core.Persistence;
using Wann.Core.Settings;
using Wann.Files;

namespace Wann.Core.Tests.Settings;

/// <summary>The schema <c>wann validate --schema</c> prints (for editors) agrees with the loader, checked by an independent
/// JSON Schema validator (JsonSchema.Net): both come from the same declarations, so they must accept and refuse alike.</summary>
public class SchemaAgreementTests
{
    private static readonly JsonDocumentOptions Lenient = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    [Fact]
    public void Every_shipped_experiment_config_passes_the_printed_schema()
    {
        JsonSchema schema = JsonSchema.FromText(ExperimentSettings.Schema());
        int checkedConfigs = 0;
        foreach (string file in Directory.GetFiles(Path.Combine(Persistence.ExperimentConfigLoaderTests.RepositoryRoot(), "experiments"), "*.json"))
        {
            using JsonDocument document = JsonDocument.Parse(File.ReadAllText(file), Lenient);
            if (!IsExperimentConfig(file))
            {
                continue; // pruning configs share the folder
            }

            EvaluationResults result = schema.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.True(result.IsValid, $"{Path.GetFileName(file)}: {string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")))}");
            checkedConfigs++;
        }

        Assert.True(checkedConfigs >= 10, $"only {checkedConfigs} experiment configs found");
    }

    [Theory]
    [InlineData("""{ "population": 1 }""")]
    [InlineData("""{ "extra": 1 }""")]
    [InlineData("""{ "neat": { "addNode": 2 } }""")]
    [InlineData("""{ "neat": { "bogus": 0.1 } }""")]
    [InlineData("""{ "crowding": "x" }""")]
    [InlineData("""{ "complexity": 3 }""")]
    [InlineData("""{ "weights": [] }""")]
    [InlineData("""{ "weights": [1, 1e9] }""")]
    [InlineData("""{ "mutation": { "addNode": -1 } }""")]
    [InlineData("""{ "recurrent": "yes" }""")]
    [InlineData("""{ "seed": -1 }""")]
    [InlineData("""{ "generations": 1.5 }""")]
    [InlineData("""{ "speciation": { "targetSpecies": -1 } }""")]
    [InlineData("""{ "restarts": { "growth": 0.5 } }""")]
    [InlineData("""{ "diversity": 5 }""")]
    [InlineData("""{ "hiddenActivations": ["tanh", "tanh"] }""")]
    public void A_config_the_loader_refuses_for_its_shape_or_bounds_fails_the_schema_too(string json)
    {
        Assert.Throws<InputFileException>(() => ExperimentConfigLoader.Parse(json, "bad.json", "bad"));
        using JsonDocument document = JsonDocument.Parse(json);
        Assert.False(JsonSchema.FromText(ExperimentSettings.Schema()).Evaluate(document.RootElement).IsValid, json);
    }

    private static bool IsExperimentConfig(string file)
    {
        try
        {
            ExperimentConfigLoader.Load(file);
            return true;
        }
        catch (InputFileException)
        {
            return false;
        }
    }
}
