using System.Globalization;
using System.Text;
using CsvHelper;
using Wann.Core.Evolution;
using Wann.Files;

namespace Wann.Core.Persistence;

/// <summary>
/// The one reader and writer of <c>metrics.csv</c> (one <see cref="GenerationReport"/> per row), used by
/// runs, checkpoints, <c>wann plot</c> and <c>wann serve</c>, so a file means the same thing everywhere
/// and a bad cell is the same clear error everywhere.
/// </summary>
/// <remarks>
/// <para>Rows are appended, never rewritten: a generation costs one short write, whatever the run's
/// length. A run killed mid-write may leave a last line without its newline; readers skip such a line
/// (it is still being written, or will be replaced from the checkpoint on resume).</para>
/// <para>Numbers use the round-trip ("R") invariant format, so a resumed run's file is byte-identical to
/// an uninterrupted run's. Wall times are not stored (they would break that).</para>
/// </remarks>
public static class MetricsCsv
{
    /// <summary>The file's columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "generation", "episodes", "best_mean", "median_mean", "average_mean", "best_max", "best_connections",
        "median_connections", "median_nodes", "champion_mean", "champion_connections", "champion_generation", "ranked_on",
    ];

    /// <summary>Gets the header line (without newline).</summary>
    public static string Header { get; } = string.Join(',', Columns);

    private static readonly CsvWriterOptions WriterOptions = CsvWriterOptions.Default with
    {
        NewLine = "\n",
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvReaderOptions ReaderOptions = CsvReaderOptions.Default with
    {
        HasHeader = true,
        TrackLineNumbers = true,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    /// <summary>Formats one row (without newline).</summary>
    /// <param name="report">The generation's report.</param>
    /// <returns>The CSV line.</returns>
    public static string FormatRow(GenerationReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (CsvWriter csv = CsvWriter.Create(text, WriterOptions, leaveOpen: true))
        {
            csv.WriteField(report.Generation, string.Empty);
            csv.WriteField(report.Episodes, string.Empty);
            csv.WriteField(report.BestMean, "R");
            csv.WriteField(report.MedianMean, "R");
            csv.WriteField(report.AverageMean, "R");
            csv.WriteField(report.BestMax, "R");
            csv.WriteField(report.BestConnections, string.Empty);
            csv.WriteField(report.MedianConnections, "R");
            csv.WriteField(report.MedianNodes, "R");
            csv.WriteField(report.ChampionMean, "R");
            csv.WriteField(report.ChampionConnections, string.Empty);
            csv.WriteField(report.ChampionGeneration, string.Empty);
            csv.WriteField(report.RankedBy);
            csv.EndRecord();
            csv.Flush();
        }

        return text.ToString().TrimEnd('\n');
    }

    /// <summary>Formats a whole file: the header, then one line per row.</summary>
    /// <param name="rows">Rows formatted by <see cref="FormatRow"/>.</param>
    /// <returns>The file's text.</returns>
    public static string FormatFile(IEnumerable<string> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var text = new StringBuilder(Header).Append('\n');
        foreach (string row in rows)
        {
            text.Append(row).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>Appends one row, writing the header first when the file is new or empty, and flushes it to disk.</summary>
    /// <param name="path">The metrics file.</param>
    /// <param name="row">A row formatted by <see cref="FormatRow"/>.</param>
    public static void Append(string path, string row)
    {
        ArgumentNullException.ThrowIfNull(row);
        using var stream = new FileStream(path, FileMode.Append, FileAccess.Write, FileShare.Read);
        string line = stream.Length == 0 ? Header + "\n" + row + "\n" : row + "\n";
        stream.Write(Encoding.UTF8.GetBytes(line));
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Reads a metrics file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The rows, in file order (wall times are zero: they are not stored).</returns>
    /// <exception cref="InputFileException">The file is missing, unreadable, or a header or cell is wrong; the
    /// message names the file, the line, the column, the value found and what was expected.</exception>
    public static IReadOnlyList<GenerationReport> Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputFileException($"{path}: cannot read the metrics ({e.Message}).", e);
        }

        return Parse(path, text);
    }

    /// <summary>Parses a metrics file's text.</summary>
    /// <param name="path">The file name used in messages.</param>
    /// <param name="text">The file's text.</param>
    /// <returns>The rows, in file order.</returns>
    /// <exception cref="InputFileException">A header or cell is wrong.</exception>
    public static IReadOnlyList<GenerationReport> Parse(string path, string text)
    {
        ArgumentNullException.ThrowIfNull(text);

        // A last line without its newline is a row still being appended (or cut by a kill): not yet data.
        int end = text.LastIndexOf('\n');
        text = end < 0 ? string.Empty : text[..(end + 1)];
        if (text.Length == 0)
        {
            throw new InputFileException($"{path}: empty, expected the header line \"{Header}\".");
        }

        using CsvReader csv = CsvReader.Create(new StringReader(text), ReaderOptions, leaveOpen: false);
        var index = new int[Columns.Count];
        var missing = new List<string>();
        for (int c = 0; c < Columns.Count; c++)
        {
            if (!csv.TryGetFieldIndex(Columns[c], out index[c]) || csv.Headers[index[c]] != Columns[c])
            {
                missing.Add(Columns[c]);
            }
        }

        if (missing.Count > 0)
        {
            throw new InputFileException($"{path}: line 1: the header lacks {string.Join(", ", missing)} (expected \"{Header}\").");
        }

        var rows = new List<GenerationReport>();
        var cells = new Cells(csv, path, index);
        while (csv.Read())
        {
            rows.Add(new GenerationReport(
                cells.Int(0), cells.Long(1), cells.Real(2), cells.Real(3), cells.Real(4), cells.Real(5), cells.Int(6),
                cells.Real(7), cells.Real(8), cells.Real(9), cells.Int(10), cells.Int(11), cells.Text(12), 0.0));
        }

        return rows;
    }

    /// <summary>Reads the cells of the current row by column number, with messages that name the line and column.</summary>
    private readonly struct Cells(CsvReader csv, string path, int[] index)
    {
        public string Text(int column)
        {
            int i = index[column];
            return i < csv.FieldCount
                ? csv.GetString(i)
                : throw new InputFileException($"{path}: line {csv.LineNumber}: {csv.FieldCount} cells, expected {Columns.Count} (no \"{Columns[column]}\").");
        }

        public int Int(int column)
        {
            string cell = Text(column);
            return int.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) ? value : throw Bad(column, cell, "a whole number");
        }

        public long Long(int column)
        {
            string cell = Text(column);
            return long.TryParse(cell, NumberStyles.Integer, CultureInfo.InvariantCulture, out long value) ? value : throw Bad(column, cell, "a whole number");
        }

        public double Real(int column)
        {
            string cell = Text(column);
            return double.TryParse(cell, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) ? value : throw Bad(column, cell, "a number");
        }

        private InputFileException Bad(int column, string found, string expected) =>
            new($"{path}: line {csv.LineNumber}, column \"{Columns[column]}\": found \"{found}\", expected {expected}.");
    }
}
