using System.Net;
using System.Text.Json;
using Wann.Core.Evolution;
using Wann.Core.Persistence;

namespace Wann.Server.Tests;

public sealed class ServerHardeningTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-serve-hard-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("wann-serve-outside-").FullName;
    private ViewerHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        var row = new GenerationReport(0, 10, 1.5, 1, 1, 2, 3, 3, 5, 1.5, 3, 0, "max", 0);
        Directory.CreateDirectory(Path.Combine(_root, "good"));
        File.WriteAllText(Path.Combine(_root, "good", "metrics.csv"), MetricsCsv.FormatFile([MetricsCsv.FormatRow(row)]));
        Directory.CreateDirectory(Path.Combine(_root, "bad"));
        File.WriteAllText(Path.Combine(_root, "bad", "metrics.csv"), MetricsCsv.FormatFile([MetricsCsv.FormatRow(row).Replace("1.5", "x", StringComparison.Ordinal)]));

        // A run outside the runs folder, reachable only through a symlink inside it.
        Directory.CreateDirectory(Path.Combine(_outside, "secret"));
        File.WriteAllText(Path.Combine(_outside, "secret", "metrics.csv"), MetricsCsv.FormatFile([MetricsCsv.FormatRow(row)]));
        Directory.CreateSymbolicLink(Path.Combine(_root, "linked"), Path.Combine(_outside, "secret"));

        _host = await ViewerHost.StartAsync(_root);
        _http = _host.Http;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public async Task A_request_for_another_host_name_is_refused()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/runs");
        request.Headers.Host = "evil.example";
        using HttpResponseMessage response = await _http.SendAsync(request);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);

        using var local = new HttpRequestMessage(HttpMethod.Get, "/api/runs");
        local.Headers.Host = "localhost";
        Assert.Equal(HttpStatusCode.OK, (await _http.SendAsync(local)).StatusCode);
    }

    [Fact]
    public async Task Links_are_not_followed_and_a_bad_run_does_not_break_the_list()
    {
        using JsonDocument list = JsonDocument.Parse(await _http.GetStringAsync("/api/runs"));
        Assert.Equal(["bad", "good"], list.RootElement.EnumerateArray().Select(r => r.GetProperty("name").GetString()));
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/runs/linked/metrics")).StatusCode);

        using HttpResponseMessage bad = await _http.GetAsync("/api/runs/bad/metrics");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, bad.StatusCode);
        Assert.Contains("column \"best_mean\": found \"x\"", await bad.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await _http.GetAsync("/api/runs/good/metrics")).StatusCode);
    }
}
