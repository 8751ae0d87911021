using System.Diagnostics;
using Wann.Environments.Randomness;
using Wann.Pruning.Data;
using Wann.Pruning.Masks;
using Wann.Pruning.Networks;
using Wann.Pruning.Scoring;
using Wann.Pruning.Training;

namespace Wann.Pruning.Studies;

/// <summary>
/// Runs a pruning study and returns test accuracy against remaining weights, one point per trained network.
/// </summary>
/// <remarks>
/// <para>Iterative methods (magnitude, OBD, Lottery Ticket) train the dense network (round 0), then prune
/// and retrain for each round: magnitude and OBD retrain from the trained weights, the Lottery Ticket rewinds
/// the survivors to their initial values (or to step k) first. At-initialisation methods (SynFlow, SNIP,
/// random) prune the untrained network to each density and train it once.</para>
/// <para>Every network starts from the same seeded initialisation and sees the same example order, so the
/// methods differ only in their masks (and the Lottery Ticket also in its weights' starting point).</para>
/// </remarks>
public static class PruningStudy
{
    /// <summary>Runs a study.</summary>
    /// <param name="settings">The study.</param>
    /// <param name="train">Training examples.</param>
    /// <param name="test">Test examples.</param>
    /// <param name="progress">Called after each point (for a progress display); may be null.</param>
    /// <returns>The points, in the order they were trained.</returns>
    public static IReadOnlyList<PruningPoint> Run(PruningStudySettings settings, DenseDataset train, DenseDataset test, Action<PruningPoint>? progress = null)
    {
        if (settings.TrainExamples > 0)
        {
            train = train.Take(settings.TrainExamples);
        }

        int[] sizes = [train.FeatureCount, .. settings.Hidden, train.ClassCount];
        MaskedMlp initial = MaskedMlp.GlorotNormal(sizes, settings.Seed);
        var points = new List<PruningPoint>();
        void Add(PruningPoint p)
        {
            points.Add(p);
            progress?.Invoke(p);
        }

        switch (settings.Method)
        {
            case PruningMethod.Magnitude or PruningMethod.Obd or PruningMethod.LotteryTicket:
                Iterative(settings, initial, train, test, Add);
                break;
            default:
                AtInitialisation(settings, initial, train, test, Add);
                break;
        }

        return points;
    }

    /// <summary>The name a method has in configs, reports and CSV files.</summary>
    /// <param name="method">The method.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(PruningMethod method) => method switch
    {
        PruningMethod.Magnitude => "magnitude",
        PruningMethod.Obd => "obd",
        PruningMethod.LotteryTicket => "lottery-ticket",
        PruningMethod.SynFlow => "synflow",
        PruningMethod.Snip => "snip",
        _ => "random",
    };

    private static void Iterative(PruningStudySettings s, MaskedMlp initial, DenseDataset train, DenseDataset test, Action<PruningPoint> add)
    {
        string name = NameOf(s.Method);
        MaskedMlp net = initial.Clone();
        MaskedMlp? rewindPoint = s.Method == PruningMethod.LotteryTicket && s.RewindIteration == 0 ? initial.Clone() : null;
        var clock = Stopwatch.StartNew();
        new Trainer(net, s.Training).Train(train, step =>
        {
            if (s.Method == PruningMethod.LotteryTicket && step == s.RewindIteration)
            {
                rewindPoint = net.Clone();
            }
        });
        add(Measure(name, 0, net, test, clock));

        IImportanceScorer scorer = s.Method == PruningMethod.Obd ? new ObdScorer(train, s.ScoreExamples) : new MagnitudeScorer();
        for (int round = 1; round <= s.Rounds; round++)
        {
            clock.Restart();
            double[][] scores = scorer.Score(net);
            if (s.GlobalScope)
            {
                MaskSelector.KeepGlobal(net, scores, (long)Math.Round((1 - s.Rate) * net.RemainingWeights));
            }
            else
            {
                MaskSelector.PruneFractionPerLayer(net, scores, s.Rate, s.OutputRate);
            }

            if (rewindPoint is not null)
            {
                // The ticket: the new mask on the rewind point's weights, trained for the rest of the budget.
                net.CopyParametersFrom(rewindPoint);
            }

            TrainingSettings training = rewindPoint is not null
                ? s.Training with { Iterations = s.Training.Iterations - s.RewindIteration }
                : s.Training;
            long orderFrom = rewindPoint is not null ? s.RewindIteration : 0;
            new Trainer(net, training).Train(train, orderFromStep: orderFrom);
            add(Measure(name, round, net, test, clock));

            if (s.ShuffledControl)
            {
                // A Lottery Ticket's control starts where the ticket did (the rewind point) and trains as long, so
                // only the positions of the kept weights differ; magnitude and OBD fine-tune, so theirs restarts
                // from the initialisation (shuffled mask, trained from scratch).
                add(ShuffledControl(s, rewindPoint ?? initial, training, orderFrom, net, train, test, round));
            }
        }
    }

    private static void AtInitialisation(PruningStudySettings s, MaskedMlp initial, DenseDataset train, DenseDataset test, Action<PruningPoint> add)
    {
        string name = NameOf(s.Method);
        IReadOnlyList<double> densities = s.Densities is { Count: > 0 } d ? d : [1.0, 0.1, 0.03, 0.01, 0.003];
        for (int k = 0; k < densities.Count; k++)
        {
            var clock = Stopwatch.StartNew();
            MaskedMlp net = initial.Clone();
            long total = net.TotalWeights;
            double density = densities[k];
            if (density < 1)
            {
                if (s.Method == PruningMethod.SynFlow)
                {
                    // Exponential schedule: after iteration j of n the density is density^(j / n), re-scored every time.
                    var scorer = new SynFlowScorer();
                    for (int j = 1; j <= s.SynFlowIterations; j++)
                    {
                        long keep = (long)Math.Round(total * Math.Pow(density, (double)j / s.SynFlowIterations));
                        MaskSelector.KeepGlobal(net, scorer.Score(net), Math.Min(keep, net.RemainingWeights));
                    }
                }
                else
                {
                    IImportanceScorer scorer = s.Method == PruningMethod.Snip
                        ? new SnipScorer(train, Math.Min(s.ScoreExamples, 100))
                        : new RandomScorer(SeedMixer.Mix(s.Seed, 0x7A9DUL, (ulong)k));
                    MaskSelector.KeepGlobal(net, scorer.Score(net), (long)Math.Round(total * density));
                }
            }

            new Trainer(net, s.Training).Train(train);
            add(Measure(name, k, net, test, clock));
            if (s.ShuffledControl && density < 1)
            {
                add(ShuffledControl(s, initial, s.Training, 0, net, train, test, k));
            }
        }
    }

    private static PruningPoint ShuffledControl(PruningStudySettings s, MaskedMlp start, TrainingSettings training, long orderFrom, MaskedMlp pruned, DenseDataset train, DenseDataset test, int round)
    {
        var clock = Stopwatch.StartNew();
        MaskedMlp control = pruned.Clone();
        MaskSelector.ShuffleWithinLayers(control, SeedMixer.Mix(s.Seed, 0x5F1EUL, (ulong)round));
        control.CopyParametersFrom(start);
        new Trainer(control, training).Train(train, orderFromStep: orderFrom);
        return Measure(NameOf(s.Method) + "-shuffled", round, control, test, clock);
    }

    private static PruningPoint Measure(string series, int round, MaskedMlp net, DenseDataset test, Stopwatch clock)
    {
        var layers = new double[net.LayerCount];
        for (int l = 0; l < net.LayerCount; l++)
        {
            layers[l] = (double)net.RemainingIn(l) / net.Weights[l].Length;
        }

        double accuracy = Trainer.Accuracy(net, test);
        return new PruningPoint(series, round, net.RemainingWeights, net.TotalWeights, accuracy, layers, clock.Elapsed.TotalSeconds);
    }
}
