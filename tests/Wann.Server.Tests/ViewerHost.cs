using Microsoft.AspNetCore.Builder;

namespace Wann.Server.Tests;

/// <summary>The viewer started on a folder at a free loopback port, with a client addressed to it.</summary>
internal sealed class ViewerHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private ViewerHost(WebApplication app)
    {
        _app = app;
        Http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
    }

    public HttpClient Http { get; }

    public static async Task<ViewerHost> StartAsync(string folder)
    {
        WebApplication app = ViewerServer.Build(folder, 0);
        await app.StartAsync();
        return new ViewerHost(app);
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
