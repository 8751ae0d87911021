using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Core.Genomes;

namespace Wann.Cluster.Tests;

/// <summary>Grown populations (a few generations of local search) and bit-exact fitness comparison.</summary>
internal static class TestPopulations
{
    public static ExperimentConfig SmallConfig(int generations) => new()
    {
        Task = "swingup",
        Seed = 7,
        Population = 32,
        Generations = generations,
        Reps = 1,
        ChampionReps = 2,
    };

    /// <summary>The population after <paramref name="generations"/> local generations: varied hidden nodes and connections.</summary>
    public static async Task<Genome[]> GrownAsync(int generations)
    {
        using var local = new LocalPopulationEvaluator(2);
        var loop = new EvolutionLoop(SmallConfig(generations), local);
        EvolutionState state = loop.CreateInitialState();
        await loop.RunAsync(state);
        return state.Population;
    }

    public static EvaluationRequest Request(IReadOnlyList<Genome> genomes, ulong seedBase = 12345) =>
        new("swingup", genomes, [-2.0, -1.0, -0.5, 0.5, 1.0, 2.0], 1, seedBase);

    public static void AssertBitIdentical(GenomeFitness[] expected, GenomeFitness[] actual)
    {
        Assert.Equal(expected.Length, actual.Length);
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected[i].Mean), BitConverter.DoubleToInt64Bits(actual[i].Mean));
            Assert.Equal(BitConverter.DoubleToInt64Bits(expected[i].Max), BitConverter.DoubleToInt64Bits(actual[i].Max));
            Assert.Equal(expected[i].Connections, actual[i].Connections);
            Assert.Equal(expected[i].Episodes, actual[i].Episodes);
            Assert.Equal(expected[i].PerWeightMean.Count, actual[i].PerWeightMean.Count);
            for (int w = 0; w < expected[i].PerWeightMean.Count; w++)
            {
                Assert.Equal(BitConverter.DoubleToInt64Bits(expected[i].PerWeightMean[w]), BitConverter.DoubleToInt64Bits(actual[i].PerWeightMean[w]));
            }
        }
    }
}
