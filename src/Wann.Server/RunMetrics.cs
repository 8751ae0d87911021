using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Server;

/// <summary>The curves of a run read from its metrics.csv, one array per column.</summary>
/// <param name="Generation">Generation numbers.</param>
/// <param name="BestMean">Best mean fitness of the generation.</param>
/// <param name="AverageMean">Population average of the mean fitness.</param>
/// <param name="BestMax">Best max-over-weights fitness of the generation.</param>
/// <param name="ChampionConnections">The champion's connections after the generation.</param>
public sealed record RunMetrics(int[] Generation, double[] BestMean, double[] AverageMean, double[] BestMax, int[] ChampionConnections)
{
    /// <summary>Reads a metrics.csv through the run format's one codec (<see cref="MetricsCsv"/>).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The curves.</returns>
    /// <exception cref="InputFileException">A column is missing or a cell is not what its column holds.</exception>
    public static RunMetrics Read(string path)
    {
        IReadOnlyList<GenerationReport> rows = MetricsCsv.Read(path);
        int n = rows.Count;
        var m = new RunMetrics(new int[n], new double[n], new double[n], new double[n], new int[n]);
        for (int r = 0; r < n; r++)
        {
            m.Generation[r] = rows[r].Generation;
            m.BestMean[r] = rows[r].BestMean;
            m.AverageMean[r] = rows[r].AverageMean;
            m.BestMax[r] = rows[r].BestMax;
            m.ChampionConnections[r] = rows[r].ChampionConnections;
        }

        return m;
    }
}
