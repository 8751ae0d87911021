using Wann.Core.Evaluation;
using Wann.Core.Evolution;
using Wann.Environments.Randomness;

namespace Wann.Core.Ranking;

/// <summary>The objective values the WANN ranking maximises.</summary>
public static class RankingObjectives
{
    /// <summary>The complexity objective of a genome with <paramref name="connections"/> enabled connections.</summary>
    /// <param name="form">−n or the reference's 1/n.</param>
    /// <param name="connections">Enabled connections.</param>
    /// <returns>The value to maximise; an empty network counts as one connection, as in the reference, so it is not trivially optimal.</returns>
    public static double Complexity(ComplexityObjective form, int connections)
    {
        int n = Math.Max(1, connections);
        return form == ComplexityObjective.InverseConnections ? 1.0 / n : -n;
    }

    /// <summary>NSGA-II's objective pair for a genome: (mean, complexity) in a generation ranked on connections, else
    /// (mean, max).</summary>
    /// <param name="fitness">The genome's fitness.</param>
    /// <param name="onConnections">Whether the generation ranks on connections (<see cref="RanksOnConnections"/>).</param>
    /// <param name="form">The complexity objective's form.</param>
    /// <returns>The two values to maximise.</returns>
    public static double[] Pair(GenomeFitness fitness, bool onConnections, ComplexityObjective form)
    {
        ArgumentNullException.ThrowIfNull(fitness);
        return onConnections ? [fitness.Mean, Complexity(form, fitness.Connections)] : [fitness.Mean, fitness.Max];
    }

    /// <summary>Draws whether a generation ranks on (mean, complexity) rather than (mean, max): true with chance
    /// <paramref name="probMoo"/>, from the generation's ranking stream, so every strategy that honours probMoo makes the same draw.</summary>
    internal static bool RanksOnConnections(double probMoo, ulong seed, int generation)
    {
        var rng = new Xoshiro256(SeedMixer.Mix(seed, (ulong)generation, RandomStreams.Ranking));
        return rng.NextDouble() < probMoo;
    }
}
