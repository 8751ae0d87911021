using System.CommandLine;
using System.Globalization;
using Spectre.Console;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Viewer.Rendering;
using Wann.Viewer.Replay;

namespace Wann.Cli.Commands;

/// <summary><c>wann replay GENOME [--weight W] [--seed N] [-o FILE]</c>: one episode, played back in the browser (HTML), or for car racing drawn as a PNG of the track, the path and the tiles touched.</summary>
internal static class ReplayCommand
{
    public static Command Create()
    {
        var genome = new Argument<string>("genome") { Description = "Genome file (Wann JSON, or a .out with --task)." };
        var weight = new Option<double?>("--weight") { Description = "Shared weight (default: the genome's best validated weight, else 1)." };
        var ownWeights = new Option<bool>("--own-weights") { Description = "Use the genome's own connection weights." };
        var seed = new Option<ulong>("--seed") { Description = "Episode seed (start state).", DefaultValueFactory = _ => 1UL };
        var task = new Option<string?>("--task") { Description = "Task of a .out network." };
        var output = new Option<string?>("-o", "--output") { Description = "File to write (default: next to the genome, .replay.html; car racing: .replay.png)." };
        var command = new Command("replay", "Run one episode and write an HTML page that animates it (cart and poles drawn from the true state).")
        {
            genome, weight, ownWeights, seed, task, output,
        };
        command.SetAction((parse, _) => CliErrors.Guard(() =>
        {
            string path = parse.GetValue(genome)!;
            GenomeDocument document = GenomeSource.Load(path, parse.GetValue(task));
            if (TaskRegistry.Get(document.Task) is CarRacingTask racing)
            {
                // A race is drawn as one picture: the track, the tiles touched and the path.
                double? raceWeight = parse.GetValue(ownWeights) ? null : parse.GetValue(weight) ?? BestWeight(document) ?? 1.0;
                RaceRecording race = RaceRecorder.Record(document.Genome, racing, raceWeight, parse.GetValue(seed));
                string picture = parse.GetValue(output) ?? Path.ChangeExtension(path, ".replay.png");
                if (!picture.EndsWith(".png", StringComparison.OrdinalIgnoreCase))
                {
                    throw new UsageException($"-o: found \"{picture}\", expected a .png file for a car-racing replay.");
                }

                AtomicFile.WriteAllBytes(picture, TrackPicture.Render(race));
                AnsiConsole.MarkupLineInterpolated($"{race.Frames} frames, {race.Visited.Count(v => v)} of {race.Visited.Length} tiles, score {race.Score:F1} -> {picture}");
                return Task.FromResult(0);
            }

            if (TaskRegistry.Get(document.Task) is not ControlTask control)
            {
                throw new UsageException($"{path}: task {document.Task} is not a control task; only episodes of control tasks can be replayed.");
            }

            double? w = parse.GetValue(ownWeights) ? null : parse.GetValue(weight) ?? BestWeight(document) ?? 1.0;
            EpisodeRecording recording;
            try
            {
                recording = EpisodeRecorder.Record(document.Genome, control, w, parse.GetValue(seed));
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message, e);
            }

            string target = parse.GetValue(output) ?? Path.ChangeExtension(path, ".replay.html");
            AtomicFile.WriteAllText(target, ReplayPage.Render(recording, $"{Path.GetFileName(path)}: {document.Task}"));
            AnsiConsole.MarkupLineInterpolated($"{recording.States.Count - 1} steps, score {recording.Score:F1} -> {target}");
            return Task.FromResult(0);
        }));
        return command;
    }

    // champion.json keeps the validated mean per weight ("validatedMean[w=...]"): replay the best of them.
    private static double? BestWeight(GenomeDocument document)
    {
        double? best = null;
        double bestScore = double.NegativeInfinity;
        foreach (var (key, score) in document.Scores)
        {
            if (key.StartsWith("validatedMean[w=", StringComparison.Ordinal) && score > bestScore
                && double.TryParse(key.AsSpan(16, key.Length - 17), NumberStyles.Float, CultureInfo.InvariantCulture, out double w))
            {
                best = w;
                bestScore = score;
            }
        }

        return best;
    }
}
