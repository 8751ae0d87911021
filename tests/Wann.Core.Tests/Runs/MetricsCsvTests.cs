using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Files;

namespace Wann.Core.Tests.Runs;

public sealed class MetricsCsvTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wann-metrics-").FullName;

    private static readonly GenerationReport Row = new(3, 123_456, 412.5, -0.1, 1.0 / 3.0, 500, 7, 6.5, 12, 398.25, 9, 2, "connections", 1.5);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_row_is_written_in_round_trip_format_and_reads_back_exactly()
    {
        string line = MetricsCsv.FormatRow(Row);
        Assert.Equal("3,123456,412.5,-0.1,0.3333333333333333,500,7,6.5,12,398.25,9,2,connections", line);
        GenerationReport back = Assert.Single(MetricsCsv.Parse("m.csv", MetricsCsv.FormatFile([line])));
        Assert.Equal(Row with { Seconds = 0.0 }, back);
    }

    [Fact]
    public void Appending_writes_the_header_once_and_keeps_earlier_rows()
    {
        string path = Path.Combine(_folder, "metrics.csv");
        MetricsCsv.Append(path, MetricsCsv.FormatRow(Row));
        MetricsCsv.Append(path, MetricsCsv.FormatRow(Row with { Generation = 4 }));
        string[] lines = File.ReadAllLines(path);
        Assert.Equal([MetricsCsv.Header, MetricsCsv.FormatRow(Row), MetricsCsv.FormatRow(Row with { Generation = 4 })], lines);
        Assert.Equal([3, 4], MetricsCsv.Read(path).Select(r => r.Generation));
    }

    [Fact]
    public void A_bad_cell_names_the_file_line_column_and_value()
    {
        string text = MetricsCsv.FormatFile([MetricsCsv.FormatRow(Row), MetricsCsv.FormatRow(Row).Replace("412.5", "4x2", StringComparison.Ordinal)]);
        var e = Assert.Throws<InputFileException>(() => MetricsCsv.Parse("runs/a/metrics.csv", text));
        Assert.Equal("runs/a/metrics.csv: line 3, column \"best_mean\": found \"4x2\", expected a number.", e.Message);
    }

    [Fact]
    public void A_short_row_and_a_missing_column_are_clear_errors()
    {
        var shortRow = Assert.Throws<InputFileException>(() => MetricsCsv.Parse("m.csv", MetricsCsv.Header + "\n1,2,3\n"));
        Assert.Contains("line 2", shortRow.Message, StringComparison.Ordinal);
        Assert.Contains("expected 13", shortRow.Message, StringComparison.Ordinal);
        var header = Assert.Throws<InputFileException>(() => MetricsCsv.Parse("m.csv", "generation,episodes\n1,2\n"));
        Assert.StartsWith("m.csv: line 1: the header lacks best_mean", header.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_last_line_still_being_written_is_not_read()
    {
        string text = MetricsCsv.FormatFile([MetricsCsv.FormatRow(Row)]) + "4,1234";
        Assert.Single(MetricsCsv.Parse("m.csv", text));
    }
}
