using System.Text;
using CsCheck;
using Wann.Core.Benchmarking;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;
using Wann.Files;

namespace Wann.Cli.Tests.Persistence;

/// <summary>
/// Property: every mutated input file either loads or is refused with an <see cref="InputFileException"/>
/// (a clear message); no other exception ever escapes.
/// </summary>
public class FuzzTests
{
    // WANN_FUZZ_ITERATIONS raises the count for a deeper local run (CI uses the default).
    private static readonly int Iterations = int.TryParse(Environment.GetEnvironmentVariable("WANN_FUZZ_ITERATIONS"), out int n) && n > 0 ? n : 3000;

    private static readonly string ValidConfig = ExperimentConfigLoader.ToJson(new ExperimentConfig());

    private static readonly string ValidGenome = GenomeFile.ToJson(new GenomeDocument(BenchmarkGenomes.PaperSwingUpChampion(), "swingup", new Dictionary<string, double> { ["validatedMean"] = 600 }));

    private static readonly string ValidReference = ReferenceNetworkFormat.Write(BenchmarkGenomes.PaperSwingUpChampion());

    private static readonly string ValidCheckpoint = MakeCheckpoint();

    private static readonly string[] Tokens = ["null", "true", "-1", "0", "1e309", "\"x\"", "[]", "{}", "99999999999999999999", "0.5", "\"tanh\"", "nan", ",", ":", "\"", "{", "]"];

    [Fact]
    public void Mutated_configs_load_or_give_a_clear_error() =>
        Fuzz(ValidConfig, text => ExperimentConfigLoader.Parse(text, "fuzz.json", "fuzz"));

    [Fact]
    public void Mutated_genome_files_load_or_give_a_clear_error() =>
        Fuzz(ValidGenome, text => GenomeFile.Parse(text, "fuzz.json"));

    [Fact]
    public void Mutated_reference_networks_load_or_give_a_clear_error() =>
        Fuzz(ValidReference, text => ReferenceNetworkFormat.Parse(text, "fuzz.out", 5, 1));

    [Fact]
    public void Mutated_checkpoints_load_or_give_a_clear_error() =>
        Fuzz(ValidCheckpoint, text => CheckpointFile.Parse(text, "fuzz-checkpoint.json"), Iterations / 3);

    private static void Fuzz(string valid, Action<string> load, int? count = null)
    {
        int iterations = count ?? Iterations;
        int refused = 0;
        int loaded = 0;
        Gen.Select(Gen.ULong, Gen.Int[1, 6]).Sample(
            ((ulong Seed, int Edits) input) =>
            {
                string text = Mutate(valid, input.Seed, input.Edits);
                try
                {
                    load(text);
                    Interlocked.Increment(ref loaded);
                }
                catch (InputFileException e)
                {
                    Assert.False(string.IsNullOrWhiteSpace(e.Message));
                    Assert.Contains("fuzz", e.Message, StringComparison.Ordinal); // the message names the file
                    Interlocked.Increment(ref refused);
                }
            },
            iter: iterations,
            threads: 1);
        Assert.True(refused > iterations / 4, $"only {refused} of {iterations} mutated inputs were refused; the mutations are too weak");
        Assert.Equal(iterations, refused + loaded);
    }

    private static string Mutate(string valid, ulong seed, int edits)
    {
        var rng = new Xoshiro256(seed);
        var text = new StringBuilder(valid);
        for (int e = 0; e < edits; e++)
        {
            int at = text.Length == 0 ? 0 : rng.NextInt(text.Length);
            switch (rng.NextInt(5))
            {
                case 0: // delete a span
                    text.Remove(at, Math.Min(text.Length - at, 1 + rng.NextInt(12)));
                    break;
                case 1: // insert a token
                    text.Insert(at, Tokens[rng.NextInt(Tokens.Length)]);
                    break;
                case 2: // replace the number or word at this place with a token
                    int end = at;
                    while (end < text.Length && (char.IsLetterOrDigit(text[end]) || text[end] is '.' or '-' or '+'))
                    {
                        end++;
                    }

                    text.Remove(at, end - at).Insert(at, Tokens[rng.NextInt(Tokens.Length)]);
                    break;
                case 3: // truncate, as a killed writer without atomic rename would
                    text.Length = at;
                    break;
                default: // duplicate a span
                    int length = Math.Min(text.Length - at, 1 + rng.NextInt(40));
                    text.Insert(at, text.ToString(at, length));
                    break;
            }
        }

        return text.ToString();
    }

    private static string MakeCheckpoint()
    {
        var config = new ExperimentConfig { Population = 4, Generations = 2 };
        var tracker = new InnovationTracker(0, 7);
        var (nodes, candidates) = InitialPopulation.Skeleton(5, 1, Wann.Core.Activation.ActivationFunction.Linear, tracker);
        var population = new Wann.Core.Genomes.Genome[4];
        for (int i = 0; i < 4; i++)
        {
            var rng = new Xoshiro256((ulong)i);
            population[i] = InitialPopulation.Create(5, 1, nodes, candidates, 0.5, ref rng);
        }

        var champion = new Champion(population[0], 0, 123.5, [1.0, 2.0, 3.0, 4.0, 5.0, 6.0], 120.25);
        var state = new EvolutionState(1, population, tracker, champion, 240);
        return CheckpointFile.ToJson(new Checkpoint(config, state, ["0,240,1,1,1,1,1,1,7,123.5,1,0,max"]));
    }
}
