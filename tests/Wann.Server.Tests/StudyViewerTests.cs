using System.Net;
using System.Text.Json;

namespace Wann.Server.Tests;

/// <summary>`wann serve` lists study folders and shows their report and plots, and nothing outside them.</summary>
public sealed class StudyViewerTests : IAsyncLifetime
{
    private readonly string _root = Directory.CreateTempSubdirectory("wann-serve-studies-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("wann-serve-outside-").FullName;
    private ViewerHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        string study = Path.Combine(_root, "ablation");
        Directory.CreateDirectory(Path.Combine(study, "default", "seed-1"));
        File.WriteAllText(Path.Combine(study, "summary.json"), """{ "study": "ranking-ablation", "runs": 4, "arms": { "default": {}, "reference": {} } }""");
        File.WriteAllText(Path.Combine(study, "report.md"), """
            # Study ranking-ablation

            | arm | n | randomShared |
            |---|---|---|
            | default | 2 | 364.3 [329.8, 411.2]<br>375.6 ± 59.6 |
            """);
        File.WriteAllText(Path.Combine(study, "box-randomShared.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        File.WriteAllBytes(Path.Combine(study, "box-randomShared.png"), [0x89, 0x50, 0x4e, 0x47]);
        File.WriteAllBytes(Path.Combine(study, "ecdf-randomShared.png"), [0x89, 0x50, 0x4e, 0x47, 1]);
        File.WriteAllText(Path.Combine(_outside, "secret.svg"), "<svg>secret</svg>");
        File.CreateSymbolicLink(Path.Combine(study, "leak.svg"), Path.Combine(_outside, "secret.svg"));

        // A study whose summary is being rewritten still lists, without details.
        Directory.CreateDirectory(Path.Combine(_root, "broken"));
        File.WriteAllText(Path.Combine(_root, "broken", "summary.json"), "{ \"study\": ");

        // A study reachable only through a link is not listed.
        Directory.CreateDirectory(Path.Combine(_outside, "hidden"));
        File.WriteAllText(Path.Combine(_outside, "hidden", "summary.json"), "{}");
        Directory.CreateSymbolicLink(Path.Combine(_root, "linked"), Path.Combine(_outside, "hidden"));

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
    public async Task Studies_are_listed_with_their_arms_runs_and_plots()
    {
        using JsonDocument list = JsonDocument.Parse(await _http.GetStringAsync("/api/studies"));
        JsonElement[] studies = [.. list.RootElement.EnumerateArray()];
        Assert.Equal(["ablation", "broken"], studies.Select(s => s.GetProperty("name").GetString()));
        JsonElement ablation = studies[0];
        Assert.Equal("ranking-ablation", ablation.GetProperty("study").GetString());
        Assert.Equal(4, ablation.GetProperty("runs").GetInt32());
        Assert.Equal(["default", "reference"], ablation.GetProperty("arms").EnumerateArray().Select(a => a.GetString()));
        Assert.True(ablation.GetProperty("hasReport").GetBoolean());

        // The SVG stands for the PNG of the same name; a PNG alone is listed; the link is not.
        Assert.Equal(["box-randomShared.svg", "ecdf-randomShared.png"], ablation.GetProperty("plots").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(0, studies[1].GetProperty("runs").GetInt32());
        Assert.False(studies[1].GetProperty("hasReport").GetBoolean());
    }

    [Fact]
    public async Task The_report_is_a_sandboxed_page_with_its_tables()
    {
        using HttpResponseMessage response = await _http.GetAsync("/api/studies/ablation/report");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("sandbox", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        string html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("<td>364.3 [329.8, 411.2]<br>375.6 ± 59.6</td>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _http.GetAsync("/api/studies/broken/report")).StatusCode);
    }

    [Theory]
    [InlineData("/api/studies/ablation/plots/box-randomShared.svg", HttpStatusCode.OK)]
    [InlineData("/api/studies/ablation/plots/ecdf-randomShared.png", HttpStatusCode.OK)]
    [InlineData("/api/studies/ablation/plots/leak.svg", HttpStatusCode.NotFound)]
    [InlineData("/api/studies/ablation/plots/summary.json", HttpStatusCode.NotFound)]
    [InlineData("/api/studies/ablation/plots/..%2F..%2Fetc%2Fpasswd", HttpStatusCode.NotFound)]
    [InlineData("/api/studies/linked/report", HttpStatusCode.NotFound)]
    [InlineData("/api/studies/nope/plots/box-randomShared.svg", HttpStatusCode.NotFound)]
    public async Task Only_a_listed_studys_own_plots_are_served(string url, HttpStatusCode expected)
    {
        using HttpResponseMessage response = await _http.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        if (expected == HttpStatusCode.OK)
        {
            Assert.Equal(url.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml" : "image/png", response.Content.Headers.ContentType?.MediaType);
        }
    }
}
