using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Core.Tests.Evolution;

public class WeightSamplingTests
{
    private static readonly ExperimentConfig Small = new()
    {
        Name = "stratified", Task = "swingup", Seed = 9, Generations = 6, Population = 40, Reps = 2, ChampionReps = 4,
        TournamentSize = 4, WeightSampling = WeightSampling.Stratified,
    };

    [Fact]
    public void Stratified_weights_fall_one_in_each_stratum_change_every_generation_and_repeat_for_a_seed()
    {
        // The default set [-2, -1, -0.5, 0.5, 1, 2]: six strata of width 2/3 over [-2, 2].
        var seen = new HashSet<double>();
        for (int generation = 0; generation < 200; generation++)
        {
            IReadOnlyList<double> weights = GenerationWeights.ForGeneration(Small, generation);
            Assert.Equal(6, weights.Count);
            for (int j = 0; j < 6; j++)
            {
                double low = -2 + (j * 2.0 / 3), high = -2 + ((j + 1) * 2.0 / 3);
                Assert.InRange(weights[j], low - 1e-12, high + 1e-12);
                seen.Add(Math.Floor((weights[j] - low) / (high - low) * 4)); // which quarter of its stratum
            }

            Assert.Equal(weights, GenerationWeights.ForGeneration(Small, generation));
            Assert.NotEqual(weights, GenerationWeights.ForGeneration(Small, generation + 1));
            Assert.NotEqual(weights, GenerationWeights.ForGeneration(Small with { Seed = 10 }, generation));
        }

        Assert.Equal([0, 1, 2, 3], seen.Order()); // the draws cover each stratum, not one corner of it

        double[] midpoints = [-5.0 / 3, -1, -1.0 / 3, 1.0 / 3, 1, 5.0 / 3];
        Assert.Equal(midpoints, GenerationWeights.ForValidation(Small), (a, b) => Math.Abs(a - b) < 1e-12);
        Assert.Same(Small.Weights, GenerationWeights.ForGeneration(Small with { WeightSampling = WeightSampling.Fixed }, 3));
        Assert.Same(Small.Weights, GenerationWeights.ForValidation(Small with { WeightSampling = WeightSampling.Fixed }));
    }

    [Fact]
    public async Task A_stratified_run_is_the_same_on_one_and_two_threads_and_after_a_resume()
    {
        (string oneChampion, List<string> oneRows) = await StraightRun.RunAsync(Small, 1);
        (string twoChampion, List<string> twoRows) = await StraightRun.RunAsync(Small, 2);
        Assert.Equal(oneChampion, twoChampion);
        Assert.Equal(oneRows, twoRows);

        // The fixed weights give another run: the sampling is in effect.
        (string fixedChampion, List<string> fixedRows) = await StraightRun.RunAsync(Small with { WeightSampling = WeightSampling.Fixed }, 2);
        Assert.NotEqual(fixedRows, oneRows);

        using var evaluator = new LocalPopulationEvaluator(2);
        ResumeComparison resumed = await ResumeComparison.RunAsync(Small, evaluator, evaluator, 3);
        Assert.Equal(WeightSampling.Stratified, resumed.CheckpointConfig.WeightSampling);
        Assert.Equal(resumed.FullRows, resumed.ResumedRows);
        Assert.Equal(oneRows, resumed.FullRows);

        // The champion's validated scores are keyed by the strata's midpoints, which `wann eval` and `wann tune` read.
        Assert.Contains("\"validatedMean[w=1]\"", oneChampion, StringComparison.Ordinal);
        Assert.Contains("\"validatedMean[w=-0.3333333333333335]\"", oneChampion, StringComparison.Ordinal);
        Assert.DoesNotContain("\"validatedMean[w=-0.5]\"", oneChampion, StringComparison.Ordinal);
        Assert.Contains("\"validatedMean[w=-0.5]\"", fixedChampion, StringComparison.Ordinal);
    }

    [Fact]
    public void The_setting_loads_is_checked_and_is_written_only_when_not_fixed()
    {
        ExperimentConfig config = ExperimentConfigLoader.Parse("""{ "weightSampling": "stratified" }""", "x.json", "x");
        Assert.Equal(WeightSampling.Stratified, config.WeightSampling);
        Assert.Contains("\"weightSampling\": \"stratified\"", ExperimentConfigLoader.ToJson(config), StringComparison.Ordinal);
        Assert.DoesNotContain("weightSampling", ExperimentConfigLoader.ToJson(new ExperimentConfig()), StringComparison.Ordinal);

        var bad = Assert.ThrowsAny<Exception>(() => ExperimentConfigLoader.Parse("""{ "weightSampling": "random" }""", "bad.json", "bad"));
        Assert.Contains("weightSampling", bad.Message, StringComparison.Ordinal);
        Assert.Contains("stratified", bad.Message, StringComparison.Ordinal);
    }
}
