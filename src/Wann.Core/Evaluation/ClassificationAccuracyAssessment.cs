using System.Globalization;
using System.Text.Json;
using Wann.Core.Genomes;
using Wann.Core.Tasks;

namespace Wann.Core.Evaluation;

/// <summary>The assessment capability of classification tasks: test accuracies in the rows of the WANN paper's MNIST table.</summary>
internal sealed class ClassificationAccuracyAssessment : IAssessmentCapability
{
    /// <inheritdoc/>
    public AssessmentTable Assess(Genome genome, WannTask task, AssessmentSettings settings)
    {
        var classification = task as ClassificationTask
            ?? throw new ArgumentException($"Task '{task?.Name}' is not a classification task; the accuracy assessment serves only those.", nameof(task));
        ClassificationReport r = ClassificationAssessment.Assess(genome, classification, settings);
        static string P(double a) => (100 * a).ToString("F1", CultureInfo.InvariantCulture) + "%";
        var rows = new List<IReadOnlyList<string>>
        {
            new[] { $"random shared weight U(-2,2), {r.RandomShared.Episodes} draws", P(r.RandomShared.Mean), P(r.RandomShared.Sd), "82.0% ± 18.7%" },
            new[] { "ensemble of the weight set (majority vote)", P(r.Ensemble), string.Empty, "91.6%" },
            new[] { $"tuned shared weight ({r.TunedWeight.ToString("0.###", CultureInfo.InvariantCulture)}, chosen on training images)", P(r.Tuned), string.Empty, "91.9%" },
        };
        foreach (var (weight, accuracy) in r.PerWeight)
        {
            rows.Add([$"shared weight {weight.ToString("0.###", CultureInfo.InvariantCulture)}", P(accuracy), string.Empty, string.Empty]);
        }

        if (r.OwnWeights is double own)
        {
            rows.Add(["own weights", P(own), string.Empty, "94.2% (trained)"]);
        }

        string heading = $"task {task.Name}, {r.Connections} connections, test accuracy on {r.TestImages.ToString("N0", CultureInfo.InvariantCulture)} images";
        return new AssessmentTable(heading, ["mode", "test accuracy", "sd", "paper (MNIST 16x16)"], rows, ToJson(r));
    }

    private static string ToJson(ClassificationReport r)
    {
        var perWeight = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (weight, accuracy) in r.PerWeight)
        {
            perWeight[weight.ToString(CultureInfo.InvariantCulture)] = accuracy;
        }

        return JsonSerializer.Serialize(new
        {
            connections = r.Connections,
            testImages = r.TestImages,
            randomShared = new { mean = r.RandomShared.Mean, sd = r.RandomShared.Sd, draws = r.RandomShared.Episodes },
            ensemble = r.Ensemble,
            tunedShared = new { weight = r.TunedWeight, accuracy = r.Tuned },
            perWeight,
            ownWeights = r.OwnWeights,
        });
    }
}
