using System.Globalization;

namespace Wann.Server;

/// <summary>The curves of a run read from its metrics.csv, one array per column.</summary>
/// <param name="Generation">Generation numbers.</param>
/// <param name="BestMean">Best mean fitness of the generation.</param>
/// <param name="AverageMean">Population average of the mean fitness.</param>
/// <param name="BestMax">Best max-over-weights fitness of the generation.</param>
/// <param name="ChampionConnections">The champion's connections after the generation.</param>
public sealed record RunMetrics(int[] Generation, double[] BestMean, double[] AverageMean, double[] BestMax, int[] ChampionConnections)
{
    /// <summary>Reads a metrics.csv (header from the run folder format; unknown columns are ignored).</summary>
    /// <param name="path">The file.</param>
    /// <returns>The curves.</returns>
    /// <exception cref="InvalidDataException">A required column is missing or a value is not a number.</exception>
    public static RunMetrics Read(string path)
    {
        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0)
        {
            throw new InvalidDataException($"{path}: empty, expected a header line.");
        }

        string[] header = lines[0].Split(',');
        int Column(string name) =>
            Array.IndexOf(header, name) is >= 0 and var i ? i : throw new InvalidDataException($"{path}: no column '{name}' in the header.");
        int gen = Column("generation"), best = Column("best_mean"), average = Column("average_mean"), max = Column("best_max"), conn = Column("champion_connections");
        int rows = lines.Length - 1;
        var m = new RunMetrics(new int[rows], new double[rows], new double[rows], new double[rows], new int[rows]);
        for (int r = 0; r < rows; r++)
        {
            string[] cells = lines[r + 1].Split(',');
            double Cell(int column) =>
                column < cells.Length && double.TryParse(cells[column], NumberStyles.Float, CultureInfo.InvariantCulture, out double v)
                    ? v
                    : throw new InvalidDataException($"{path}: line {r + 2}, column {header[column]}: expected a number.");
            m.Generation[r] = (int)Cell(gen);
            m.BestMean[r] = Cell(best);
            m.AverageMean[r] = Cell(average);
            m.BestMax[r] = Cell(max);
            m.ChampionConnections[r] = (int)Cell(conn);
        }

        return m;
    }
}
