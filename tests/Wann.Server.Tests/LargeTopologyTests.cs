using System.Diagnostics;
using System.Net;
using Wann.Core.Evolution;
using Wann.Core.Persistence;
using Wann.Tests.Shared;

namespace Wann.Server.Tests;

/// <summary>Champions far beyond what a page can show: a clear answer within seconds, drawings cached per file version.</summary>
public sealed class LargeTopologyTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-serve-large-").FullName;
    private ViewerHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var row = new GenerationReport(0, 10, 1.5, 1, 1, 2, 3, 3, 5, 1.5, 3, 0, "max", 0);
        foreach ((string name, int nodes) in new[] { ("huge", 20_000), ("medium", 1_500) })
        {
            string folder = Path.Combine(_root, name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, "metrics.csv"), MetricsCsv.FormatFile([MetricsCsv.FormatRow(row)]));
            ChainGenome.Write(Path.Combine(folder, "champion.json"), nodes);
        }

        _host = await ViewerHost.StartAsync(_root);
        _http = _host.Http;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_root, recursive: true);
    }

    [Fact]
    public async Task A_20000_node_champion_gets_a_clear_422_within_seconds()
    {
        var clock = Stopwatch.StartNew();
        using HttpResponseMessage response = await _http.GetAsync("/api/runs/huge/topology.svg");
        string body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Contains("20,000 nodes", body, StringComparison.Ordinal);
        Assert.Contains("wann view", body, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(5), $"took {clock.Elapsed}");
        Assert.True(body.Length < 1000, "the refusal is a short message, not megabytes");
    }

    [Fact]
    public async Task A_drawing_is_made_once_per_version_of_the_champion_file()
    {
        var first = Stopwatch.StartNew();
        string drawn = await _http.GetStringAsync("/api/runs/medium/topology.svg");
        first.Stop();
        Assert.StartsWith("<svg", drawn.TrimStart(), StringComparison.Ordinal);
        Assert.True(first.Elapsed < ViewerServer.DrawingTimeout, $"a {ViewerServer.MaxDrawnNodes - 500}-node drawing took {first.Elapsed}");

        // The same file version (path, modification time, length) is not drawn again: an edit that keeps all
        // three (tanh -> relu, same length, time put back) still gets the cached drawing.
        string champion = Path.Combine(_root, "medium", "champion.json");
        DateTime written = File.GetLastWriteTimeUtc(champion);
        string text = await File.ReadAllTextAsync(champion);
        int at = text.IndexOf("\"tanh\"", StringComparison.Ordinal);
        await File.WriteAllTextAsync(champion, text[..at] + "\"relu\"" + text[(at + 6)..]);
        File.SetLastWriteTimeUtc(champion, written);
        Assert.Equal(drawn, await _http.GetStringAsync("/api/runs/medium/topology.svg"));

        // A newer version of the file is drawn anew.
        File.SetLastWriteTimeUtc(champion, written.AddMinutes(1));
        string edited = await _http.GetStringAsync("/api/runs/medium/topology.svg");
        Assert.NotEqual(drawn, edited);

        ChainGenome.Write(champion, 40);
        File.SetLastWriteTimeUtc(champion, written.AddMinutes(2));
        string redrawn = await _http.GetStringAsync("/api/runs/medium/topology.svg");
        Assert.True(redrawn.Length * 10 < drawn.Length);
    }
}
