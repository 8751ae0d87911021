using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;
using Wann.Environments.Digits;
using Wann.Environments.Randomness;

namespace Wann.Core.Evaluation;

/// <summary>
/// Measures a classification genome's test accuracy the ways the WANN paper's MNIST table does:
/// random shared weight, the ensemble over the weight set, the tuned shared weight, and each weight.
/// </summary>
/// <remarks>
/// The tuned weight is chosen on training images (the first <see cref="TuningImages"/>), never on
/// the test set, so the tuned accuracy is not a selection-biased maximum over test scores.
/// </remarks>
public static class ClassificationAssessment
{
    /// <summary>Training images used to choose the tuned weight.</summary>
    public const int TuningImages = 10_000;

    /// <summary>Assesses a genome.</summary>
    /// <param name="genome">The genome.</param>
    /// <param name="task">The classification task.</param>
    /// <param name="settings">Draws of the random weight (<see cref="AssessmentSettings.Episodes"/>), seed, weight set, sweep points, own weights, threads.</param>
    /// <returns>The report.</returns>
    public static ClassificationReport Assess(Genome genome, ClassificationTask task, AssessmentSettings settings)
    {
        NetworkProgram program = genome.Program;
        DigitSet test = task.Test;
        DigitSet tuning = task.Train.Take(TuningImages);

        var random = new Xoshiro256(SeedMixer.Mix(settings.Seed, 0x5EEDUL));
        var randomWeights = new double[settings.Episodes];
        for (int i = 0; i < randomWeights.Length; i++)
        {
            randomWeights[i] = random.NextDouble(-2.0, 2.0);
        }

        var sweep = new List<double>();
        for (int i = 0; i < settings.SweepPoints; i++)
        {
            double w = settings.SweepPoints == 1 ? 1.0 : -2.0 + (4.0 * i / (settings.SweepPoints - 1));
            if (Math.Abs(w) > 1e-12)
            {
                sweep.Add(w);
            }
        }

        // One job per (weight, image set): the weight set and the random draws on the test set, the sweep on
        // the tuning images, and the own weights; predictions are kept so the ensemble can vote.
        var jobs = new List<(double? Weight, DigitSet Set)>();
        foreach (double w in settings.Weights)
        {
            jobs.Add((w, test));
        }

        foreach (double w in randomWeights)
        {
            jobs.Add((w, test));
        }

        foreach (double w in sweep)
        {
            jobs.Add((w, tuning));
        }

        if (settings.OwnWeights)
        {
            jobs.Add((null, test));
        }

        var predictions = new byte[jobs.Count][];
        var accuracy = new double[jobs.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = settings.Threads > 0 ? settings.Threads : Environment.ProcessorCount };
        Parallel.For(0, jobs.Count, options, () => new ClassificationRunner(task, 1), (j, _, runner) =>
        {
            (double? weight, DigitSet set) = jobs[j];
            var predicted = new byte[set.Count];
            runner.Predict(program, weight, set, predicted);
            predictions[j] = predicted;
            accuracy[j] = Accuracy(predicted, set.Labels);
            return runner;
        }, _ => { });

        int k = 0;
        var perWeight = new List<(double, double)>();
        foreach (double w in settings.Weights)
        {
            perWeight.Add((w, accuracy[k++]));
        }

        ScoreSummary randomShared = ScoreSummary.Of(accuracy.AsSpan(k, randomWeights.Length));
        k += randomWeights.Length;
        int bestSweep = k;
        for (int i = k; i < k + sweep.Count; i++)
        {
            if (accuracy[i] > accuracy[bestSweep])
            {
                bestSweep = i;
            }
        }

        double tunedWeight = sweep[bestSweep - k];
        k += sweep.Count;
        double? own = settings.OwnWeights ? accuracy[k] : null;

        var tunedPredicted = new byte[test.Count];
        new ClassificationRunner(task, 1).Predict(program, tunedWeight, test, tunedPredicted);
        double tuned = Accuracy(tunedPredicted, test.Labels);
        double ensemble = Accuracy(Vote(predictions.AsSpan(0, settings.Weights.Count), test.Count), test.Labels);
        return new ClassificationReport(genome.EnabledConnectionCount, test.Count, randomShared, ensemble, tunedWeight, tuned, perWeight, own);
    }

    /// <summary>Fraction of predictions equal to their labels.</summary>
    /// <param name="predicted">Predicted digits.</param>
    /// <param name="labels">True digits.</param>
    /// <returns>The accuracy in [0, 1].</returns>
    public static double Accuracy(ReadOnlySpan<byte> predicted, ReadOnlySpan<byte> labels)
    {
        int correct = 0;
        for (int i = 0; i < labels.Length; i++)
        {
            if (predicted[i] == labels[i])
            {
                correct++;
            }
        }

        return (double)correct / labels.Length;
    }

    /// <summary>Majority vote per image over several instances' predictions; a tie goes to the lowest digit.</summary>
    /// <param name="voters">Each instance's predictions.</param>
    /// <param name="count">Number of images.</param>
    /// <returns>The voted digit per image.</returns>
    public static byte[] Vote(ReadOnlySpan<byte[]> voters, int count)
    {
        var voted = new byte[count];
        Span<int> tally = stackalloc int[ClassificationTask.ClassCount];
        for (int i = 0; i < count; i++)
        {
            tally.Clear();
            foreach (byte[] v in voters)
            {
                tally[v[i]]++;
            }

            int best = 0;
            for (int d = 1; d < tally.Length; d++)
            {
                if (tally[d] > tally[best])
                {
                    best = d;
                }
            }

            voted[i] = (byte)best;
        }

        return voted;
    }
}
