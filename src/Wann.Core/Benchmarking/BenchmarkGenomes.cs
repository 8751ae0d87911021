using Wann.Core.Activation;
using Wann.Core.Genomes;
using Wann.Core.Persistence;
using Wann.Core.Reproduction;
using Wann.Environments.Randomness;

namespace Wann.Core.Benchmarking;

/// <summary>Deterministic genomes of realistic size for benchmarks.</summary>
public static class BenchmarkGenomes
{
    /// <summary>
    /// The WANN paper's swing-up champion (the reference code's <c>champions/swing.out</c>, Apache-2.0): 22 hidden
    /// nodes, 52 connections, mixed activations. Its episodes run the full 1000 steps, as a good network's do.
    /// </summary>
    /// <returns>The genome.</returns>
    public static Genome PaperSwingUpChampion()
    {
        using Stream stream = typeof(BenchmarkGenomes).Assembly.GetManifestResourceStream("wann-reference-swingup-champion.out")
            ?? throw new InvalidOperationException("The embedded benchmark network is missing.");
        using var reader = new StreamReader(stream);
        return ReferenceNetworkFormat.Parse(reader.ReadToEnd(), "wann-reference-swingup-champion.out", 5, 1);
    }

    /// <summary>
    /// A genome the size of the WANN paper's swing-up champion (22 hidden nodes, 52 enabled connections,
    /// mixed activations), grown by the engine's own mutation operators from a fixed seed.
    /// </summary>
    /// <param name="inputs">Task inputs.</param>
    /// <param name="outputs">Task outputs.</param>
    /// <param name="hidden">Hidden nodes to grow.</param>
    /// <param name="connections">Enabled connections to reach.</param>
    /// <param name="initEnable">Probability of each input-output link at the start (1: all; MNIST's 0.05 keeps 256-input networks sparse).</param>
    /// <returns>The genome; the same every call.</returns>
    public static Genome ChampionSized(int inputs = 5, int outputs = 1, int hidden = 22, int connections = 52, double initEnable = 1.0)
    {
        var innovations = new InnovationTracker(0, 1 + inputs + outputs);
        var (nodes, candidates) = InitialPopulation.Skeleton(inputs, outputs, ActivationFunction.Linear, innovations);
        var rng = new Xoshiro256(20190605);
        Genome g = InitialPopulation.Create(inputs, outputs, nodes, candidates, initEnable, ref rng);
        IReadOnlyList<ActivationFunction> set = ActivationFunctions.WannSet;
        while (g.HiddenNodeCount < hidden || g.EnabledConnectionCount < connections)
        {
            innovations.StartGeneration();
            Genome? next = g.HiddenNodeCount < hidden && (g.EnabledConnectionCount >= connections - 1 || rng.NextDouble() < 0.5)
                ? AddNodeMutation.TryApply(g, ref rng, innovations, set)
                : AddConnectionMutation.TryApply(g, ref rng, innovations);
            g = next ?? g;
        }

        return g;
    }
}
