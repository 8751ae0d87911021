using System.Net;
using Wann.Core.Benchmarking;
using Wann.Core.Persistence;

namespace Wann.Server.Tests;

public sealed class CarRacingReplayTests : IAsyncLifetime
{
    private readonly string _folder = Directory.CreateTempSubdirectory("wann-serve-race-").FullName;
    private ViewerHost _host = null!;
    private HttpClient _http = null!;

    public async Task InitializeAsync()
    {
        string run = Path.Combine(_folder, "race");
        Directory.CreateDirectory(run);
        var genome = BenchmarkGenomes.ChampionSized(9, 3, hidden: 4, connections: 10);
        GenomeFile.Write(Path.Combine(run, "champion.json"), new GenomeDocument(genome, "carracing", new Dictionary<string, double>()));
        _host = await ViewerHost.StartAsync(_folder);
        _http = _host.Http;
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    // Before replays came from the task's capability, the server recorded every control task as physical states and
    // car racing (not an IPhysicalState) threw ArgumentException: a 500.
    [Fact]
    public async Task A_car_racing_replay_is_the_track_picture()
    {
        using HttpResponseMessage response = await _http.GetAsync("/api/runs/race/replay?weight=0.5&seed=3");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        byte[] png = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
    }
}
