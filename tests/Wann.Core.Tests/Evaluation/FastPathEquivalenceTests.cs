using Wann.Core.Benchmarking;
using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Evaluation;

public class FastPathEquivalenceTests
{
    private static readonly double[] Weights = [-2, -1, -0.5, 0.5, 1, 2];

    [Fact]
    public async Task Fast_and_scalar_paths_give_the_same_fitness_to_1e5_relative()
    {
        // The paper's champion (episodes of 1000 steps) and a grown random network (short, chaotic episodes).
        Genome[] genomes = [BenchmarkGenomes.PaperSwingUpChampion(), BenchmarkGenomes.ChampionSized()];
        var request = new EvaluationRequest("swingup", genomes, Weights, 4, 12345);
        using var fast = new LocalPopulationEvaluator(2);
        GenomeFitness[] a = await fast.EvaluateAsync(request);
        GenomeFitness[] b = await new ScalarPopulationEvaluator().EvaluateAsync(request);
        for (int g = 0; g < genomes.Length; g++)
        {
            for (int w = 0; w < Weights.Length; w++)
            {
                double expected = b[g].PerWeightMean[w];
                Assert.True(Math.Abs(a[g].PerWeightMean[w] - expected) <= 1e-5 * Math.Max(1.0, Math.Abs(expected)),
                    $"genome {g}, w={Weights[w]}: fast {a[g].PerWeightMean[w]:R} vs scalar {expected:R}");
            }
        }

        Assert.True(a[0].Mean > 500, "the paper champion swings up");
    }

    [Fact]
    public async Task Car_racing_lanes_that_behave_apart_score_as_the_scalar_path_drives_them()
    {
        // Gas from the bias and the front rangefinder, steering from the lateral offset: with negative weights the car
        // never moves, with positive ones it drives off, so one genome's lanes behave apart; the lane path (which skips
        // ended lanes' rangefinders) must score every weight as the scalar path does, lane by lane.
        Genome genome = GenomeFactory.Build(9, 3, [], (0, 11), (4, 10), (7, 11));
        var request = new EvaluationRequest("carracing", [genome], Weights, 1, 2024);
        using var fast = new LocalPopulationEvaluator(2);
        GenomeFitness a = (await fast.EvaluateAsync(request))[0];
        GenomeFitness b = (await new ScalarPopulationEvaluator().EvaluateAsync(request))[0];
        Assert.Equal(b.PerWeightMean, a.PerWeightMean);

        // Standing still for all 1,000 frames (−100 plus the start tiles), and driving: the lanes did differ.
        Assert.Contains(a.PerWeightMean, score => score < -90);
        Assert.Contains(a.PerWeightMean, score => score > -50);
    }

    [Fact]
    public async Task Fast_and_scalar_paths_evolve_the_same_champion()
    {
        var config = new ExperimentConfig { Name = "eq", Seed = 5, Generations = 6, Population = 24, Reps = 2, TournamentSize = 4, ChampionReps = 3 };
        using var fast = new LocalPopulationEvaluator(2);
        string a = await Champion(config, fast);
        string b = await Champion(config, new ScalarPopulationEvaluator());
        Assert.Equal(b, a);
    }

    private static async Task<string> Champion(ExperimentConfig config, IPopulationEvaluator evaluator)
    {
        var loop = new EvolutionLoop(config, evaluator);
        var state = loop.CreateInitialState();
        Champion champion = await loop.RunAsync(state);
        return GenomeFile.ToJson(new GenomeDocument(champion.Genome, config.Task, new Dictionary<string, double> { ["generation"] = champion.Generation }));
    }
}
