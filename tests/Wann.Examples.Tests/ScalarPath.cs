using Wann.Core.Genomes;
using Wann.Core.Networks;
using Wann.Core.Tasks;

namespace Wann.Examples.Tests;

/// <summary>
/// The scalar path through public API only: the engine's one-node-at-a-time <see cref="ScalarNetwork"/> driven by the
/// one-lane <see cref="EpisodeDriver"/>, the reference the SIMD lane path must match bit for bit.
/// </summary>
internal static class ScalarPath
{
    /// <summary>Scores one episode.</summary>
    /// <param name="task">The task.</param>
    /// <param name="genome">The network.</param>
    /// <param name="weight">The shared weight.</param>
    /// <param name="seed">The episode seed.</param>
    /// <returns>The score.</returns>
    public static double Score(ControlTask task, Genome genome, double weight, ulong seed)
    {
        var actor = new Actor(new ScalarNetwork(genome.Program), weight);
        var score = new double[1];
        new EpisodeDriver(task, 1).Run(actor, [seed], score);
        return score[0];
    }

    private sealed class Actor(ScalarNetwork network, double weight) : IEpisodeActor
    {
        public void ResetState() => network.ResetState();

        public void Activate(ReadOnlySpan<double> inputs, Span<double> outputs) => network.Activate(inputs, weight, outputs);
    }
}
