using Wann.Cluster.Messages;
using Wann.Core.Evaluation;
using Wann.Core.Genomes;

namespace Wann.Cluster;

/// <summary>
/// What the coordinator checks in a worker's reply before it counts: the batch's shape, finite numbers, the
/// values the coordinator knows itself (each genome's connection count), and the internal consistency of the
/// scores (a genome's max is the largest of its per-weight means, its mean is not above its max). A reply that
/// fails is not accepted: the batch is sent again to another activation and the worker is reported.
/// </summary>
internal static class ResultCheck
{
    /// <summary>Returns what is wrong with a reply, or <see langword="null"/> when it may be accepted.</summary>
    /// <param name="result">The reply.</param>
    /// <param name="batchId">The batch it answers.</param>
    /// <param name="genomes">The batch's genomes, as the coordinator sent them.</param>
    /// <returns>The problem, phrased for the log.</returns>
    public static string? Problem(BatchResult result, int batchId, ReadOnlySpan<Genome> genomes)
    {
        if (result is null)
        {
            return "no result";
        }

        int n = genomes.Length;
        if (result.BatchId != batchId)
        {
            return $"answers batch {result.BatchId}, not {batchId}";
        }

        if (result.Means is null || result.Maxima is null || result.Connections is null || result.Episodes is null || result.PerWeightStart is null || result.PerWeightMeans is null
            || result.Means.Length != n || result.Maxima.Length != n || result.Connections.Length != n || result.Episodes.Length != n || result.PerWeightStart.Length != n + 1)
        {
            return $"wrong shape for {n} genomes";
        }

        if (result.PerWeightStart[0] != 0 || result.PerWeightStart[n] != result.PerWeightMeans.Length)
        {
            return "per-weight offsets do not cover the per-weight means";
        }

        for (int g = 0; g < n; g++)
        {
            int from = result.PerWeightStart[g], to = result.PerWeightStart[g + 1];
            if (to <= from)
            {
                return $"genome {g}: no per-weight means";
            }

            double max = double.NegativeInfinity;
            for (int k = from; k < to; k++)
            {
                double v = result.PerWeightMeans[k];
                if (!double.IsFinite(v))
                {
                    return $"genome {g}: a per-weight mean is {v}";
                }

                max = Math.Max(max, v);
            }

            if (!double.IsFinite(result.Means[g]) || !double.IsFinite(result.Maxima[g]))
            {
                return $"genome {g}: mean {result.Means[g]}, max {result.Maxima[g]}";
            }

            if (BitConverter.DoubleToInt64Bits(result.Maxima[g]) != BitConverter.DoubleToInt64Bits(max) || result.Means[g] > max + (1e-9 * Math.Max(1.0, Math.Abs(max))))
            {
                return $"genome {g}: max {result.Maxima[g]} and mean {result.Means[g]} do not follow from its per-weight means (largest {max})";
            }

            if (result.Connections[g] != genomes[g].EnabledConnectionCount)
            {
                return $"genome {g}: {result.Connections[g]} connections, but the genome sent has {genomes[g].EnabledConnectionCount}";
            }

            if (result.Episodes[g] <= 0)
            {
                return $"genome {g}: {result.Episodes[g]} episodes";
            }
        }

        return null;
    }

    /// <summary>Whether two fitness values are the same bit for bit (evaluation is deterministic, so any difference is proof).</summary>
    /// <param name="a">One.</param>
    /// <param name="b">The other.</param>
    /// <returns>True when equal.</returns>
    public static bool Same(GenomeFitness a, GenomeFitness b)
    {
        if (BitConverter.DoubleToInt64Bits(a.Mean) != BitConverter.DoubleToInt64Bits(b.Mean)
            || BitConverter.DoubleToInt64Bits(a.Max) != BitConverter.DoubleToInt64Bits(b.Max)
            || a.Connections != b.Connections || a.Episodes != b.Episodes || a.PerWeightMean.Count != b.PerWeightMean.Count)
        {
            return false;
        }

        for (int i = 0; i < a.PerWeightMean.Count; i++)
        {
            if (BitConverter.DoubleToInt64Bits(a.PerWeightMean[i]) != BitConverter.DoubleToInt64Bits(b.PerWeightMean[i]))
            {
                return false;
            }
        }

        return true;
    }
}
