using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Wann.Server.Tests;

public sealed partial class ViewerApiTests(RunsFixture runs) : IClassFixture<RunsFixture>
{
    private readonly HttpClient _http = new() { BaseAddress = runs.Url };

    [Fact]
    public async Task The_run_list_names_each_run_with_its_task_and_generations()
    {
        using JsonDocument list = JsonDocument.Parse(await _http.GetStringAsync("/api/runs"));

        JsonElement only = Assert.Single(list.RootElement.EnumerateArray());
        Assert.Equal(RunsFixture.RunName, only.GetProperty("name").GetString());
        Assert.Equal("swingup", only.GetProperty("task").GetString());
        Assert.Equal(runs.Generations, only.GetProperty("generations").GetInt32());
        Assert.Equal(runs.Champion.EnabledConnectionCount, only.GetProperty("championConnections").GetInt32());
    }

    [Fact]
    public async Task Metrics_have_one_point_per_generation()
    {
        using JsonDocument m = JsonDocument.Parse(await _http.GetStringAsync($"/api/runs/{RunsFixture.RunName}/metrics"));

        Assert.Equal([0, 1, 2, 3], m.RootElement.GetProperty("generation").EnumerateArray().Select(e => e.GetInt32()));
        Assert.Equal(runs.Generations, m.RootElement.GetProperty("bestMean").GetArrayLength());
    }

    [Fact]
    public async Task The_topology_draws_every_node_of_the_champion_with_its_activation()
    {
        string svg = await _http.GetStringAsync($"/api/runs/{RunsFixture.RunName}/topology.svg");

        MatchCollection nodes = NodeGroup().Matches(svg);
        Assert.Equal(runs.Champion.Nodes.Length, nodes.Count);
        foreach (var node in runs.Champion.Nodes)
        {
            Assert.Contains($"data-id=\"{node.Id}\"", svg, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_weight_profile_skips_zero_and_scores_every_other_grid_point()
    {
        using JsonDocument p = JsonDocument.Parse(await _http.GetStringAsync($"/api/runs/{RunsFixture.RunName}/profile"));

        double[] weights = [.. p.RootElement.GetProperty("weights").EnumerateArray().Select(e => e.GetDouble())];
        Assert.Equal(40, weights.Length);
        Assert.DoesNotContain(0.0, weights);
        Assert.Equal(-2.0, weights[0]);
        Assert.Equal(2.0, weights[^1]);
        Assert.All(p.RootElement.GetProperty("scores").EnumerateArray(), s => Assert.True(s.GetDouble() > 0));
    }

    [Fact]
    public async Task The_replay_is_a_canvas_page_at_the_asked_weight()
    {
        string html = await _http.GetStringAsync($"/api/runs/{RunsFixture.RunName}/replay?weight=-0.5");

        Assert.Contains("<canvas", html, StringComparison.Ordinal);
        Assert.Contains("shared weight -0.5", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/runs/nope/metrics")]
    [InlineData("/api/runs/notes/topology.svg")]
    [InlineData("/api/runs/..%2F..%2Fetc/metrics")]
    [InlineData("/api/runs/%2E%2E/profile")]
    public async Task Unknown_runs_and_paths_outside_the_folder_are_not_found(string url)
    {
        using HttpResponseMessage response = await _http.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task A_weight_outside_the_range_is_a_bad_request()
    {
        using HttpResponseMessage response = await _http.GetAsync($"/api/runs/{RunsFixture.RunName}/replay?weight=1e9");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task The_page_and_its_script_are_served()
    {
        string page = await _http.GetStringAsync("/");
        string script = await _http.GetStringAsync("/app.js");

        Assert.Contains("<ul id=\"runs\"", page, StringComparison.Ordinal);
        Assert.Contains("/api/runs", script, StringComparison.Ordinal);
    }

    [GeneratedRegex("<g class=\"node ")]
    private static partial Regex NodeGroup();
}
