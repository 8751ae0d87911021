using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using Wann.Core.Persistence;
using Wann.Core.Tasks;

namespace Wann.Export.Tests;

/// <summary>The exported model names its tensors after the task and carries Wann's facts as metadata.</summary>
public sealed class MetadataTests
{
    [Fact]
    public void InputsOutputsAndMetadataComeFromTheTaskAndGenome()
    {
        GenomeDocument document = Champions.Load("swingup-champion.json");
        var network = ExportedNetwork.From(document);
        using var runner = new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions()), ExportPrecision.Float32);
        WannTask task = TaskRegistry.Get("swingup");

        Assert.Equal([.. task.InputNames, Onnx.OnnxExporter.WeightInput], runner.InputNames);
        Assert.Equal(task.OutputNames, runner.OutputNames);
        Assert.Equal("swingup", runner.Metadata["wann.task"]);
        Assert.Equal(document.Genome.EnabledConnectionCount.ToString(System.Globalization.CultureInfo.InvariantCulture), runner.Metadata["wann.connections"]);
        Assert.Equal(document.Scores["validatedMean[w=-2]"], double.Parse(runner.Metadata["wann.score.validatedMean[w=-2]"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(ExportedNetwork.WannVersion, runner.Metadata["wann.version"]);
        Assert.Equal("shared input", runner.Metadata["wann.weights"]);
        Assert.Equal("float32 inputs and outputs, float64 inside", runner.Metadata["wann.precision"]);
    }

    [Theory]
    [InlineData(ExportPrecision.Float32, TensorElementType.Float, TensorElementType.Double)]
    [InlineData(ExportPrecision.Float32Throughout, TensorElementType.Float, TensorElementType.Float)]
    [InlineData(ExportPrecision.Float64, TensorElementType.Double, TensorElementType.Double)]
    public void ObservationsActionsAndStateHaveThePrecisionsElementTypes(ExportPrecision precision, TensorElementType edge, TensorElementType state)
    {
        var network = ExportedNetwork.From(new GenomeDocument(TestGenomes.Recurrent(seed: 4), "recurrent", new Dictionary<string, double>()));
        using var session = new InferenceSession(Onnx.OnnxExporter.Write(network, new ExportOptions { Precision = precision }));
        Assert.Equal(edge, session.InputMetadata[network.InputNames[0]].ElementDataType);
        Assert.Equal(edge, session.InputMetadata[Onnx.OnnxExporter.WeightInput].ElementDataType);
        Assert.Equal(edge, session.OutputMetadata[network.OutputNames[0]].ElementDataType);
        Assert.Equal(state, session.InputMetadata[Onnx.OnnxExporter.StateInput].ElementDataType);
        Assert.Equal(state, session.OutputMetadata[Onnx.OnnxExporter.StateOutput].ElementDataType);
    }

    [Fact]
    public void FixedAndOwnWeightsNeedNoWeightInput()
    {
        var network = ExportedNetwork.From(Champions.Load("cartpole-champion.json"));
        using var fixedRunner = new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions { Weights = WeightBinding.Fixed, FixedWeight = -1.5 }), ExportPrecision.Float32);
        using var ownRunner = new OnnxRunner(Onnx.OnnxExporter.Write(network, new ExportOptions { Weights = WeightBinding.Own }), ExportPrecision.Float32);
        Assert.DoesNotContain(Onnx.OnnxExporter.WeightInput, fixedRunner.InputNames);
        Assert.DoesNotContain(Onnx.OnnxExporter.WeightInput, ownRunner.InputNames);
        Assert.Equal("fixed -1.5", fixedRunner.Metadata["wann.weights"]);
        Assert.Equal("own", ownRunner.Metadata["wann.weights"]);
    }

    [Fact]
    public void TheSameGenomeExportsToTheSameBytes()
    {
        var network = ExportedNetwork.From(Champions.Load("swingup-champion.json"));
        var options = new ExportOptions { Weights = WeightBinding.Own, Precision = ExportPrecision.Float64 };
        Assert.Equal(Onnx.OnnxExporter.Write(network, options), Onnx.OnnxExporter.Write(network, options));
        Assert.NotEqual(Onnx.OnnxExporter.Write(network, options), Onnx.OnnxExporter.Write(network, options with { Precision = ExportPrecision.Float32 }));
    }

    [Fact]
    public void AGenomeThatDoesNotFitItsTaskIsRefused()
    {
        GenomeDocument document = Champions.Load("cartpole-champion.json");
        var wrong = document with { Task = "carracing" };
        ExportException e = Assert.Throws<ExportException>(() => ExportedNetwork.From(wrong));
        Assert.Contains("carracing", e.Message, StringComparison.Ordinal);
    }
}
