using System.Globalization;
using System.Text;
using Wann.Files;

namespace Wann.Pruning.Studies;

/// <summary>
/// The points of pruning studies as CSV: <c>series,round,remaining,total,density,test_accuracy,collapsed,layer_densities,seconds</c>
/// (layer densities separated by <c>;</c>). Written atomically; read back by <c>wann compare</c>.
/// </summary>
public static class PruningCsv
{
    /// <summary>The header line.</summary>
    public const string Header = "series,round,remaining,total,density,test_accuracy,collapsed,layer_densities,seconds";

    /// <summary>Writes points to a file (temporary name, then rename).</summary>
    /// <param name="path">The file.</param>
    /// <param name="points">The points.</param>
    public static void Write(string path, IEnumerable<PruningPoint> points)
    {
        var text = new StringBuilder(Header).Append('\n');
        foreach (PruningPoint p in points)
        {
            text.Append(CultureInfo.InvariantCulture, $"{p.Series},{p.Round},{p.Remaining},{p.Total},{p.Density:R},{p.TestAccuracy:R},{(p.Collapsed ? 1 : 0)},{string.Join(';', p.LayerDensities.Select(d => d.ToString("R", CultureInfo.InvariantCulture)))},{p.Seconds:F1}\n");
        }

        AtomicFile.WriteAllText(path, text.ToString());
    }

    /// <summary>Reads points written by <see cref="Write"/>.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The points.</returns>
    /// <exception cref="InputFileException">The file is missing or a line is malformed.</exception>
    public static IReadOnlyList<PruningPoint> Read(string path)
    {
        if (!File.Exists(path))
        {
            throw new InputFileException($"{path}: no such pruning results file (written by `wann prune`).");
        }

        string[] lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Header)
        {
            throw new InputFileException($"{path}: line 1: found \"{(lines.Length > 0 ? lines[0] : string.Empty)}\", expected the header \"{Header}\".");
        }

        var points = new List<PruningPoint>();
        for (int n = 1; n < lines.Length; n++)
        {
            string[] c = lines[n].Split(',');
            try
            {
                if (c.Length != 9)
                {
                    throw new FormatException($"{c.Length} columns, expected 9");
                }

                double[] layers = [.. c[7].Split(';').Select(v => double.Parse(v, CultureInfo.InvariantCulture))];
                points.Add(new PruningPoint(
                    c[0],
                    int.Parse(c[1], CultureInfo.InvariantCulture),
                    long.Parse(c[2], CultureInfo.InvariantCulture),
                    long.Parse(c[3], CultureInfo.InvariantCulture),
                    double.Parse(c[5], CultureInfo.InvariantCulture),
                    layers,
                    double.Parse(c[8], CultureInfo.InvariantCulture)));
            }
            catch (FormatException e)
            {
                throw new InputFileException($"{path}: line {n + 1}: {e.Message} (expected {Header}).", e);
            }
        }

        return points;
    }
}
