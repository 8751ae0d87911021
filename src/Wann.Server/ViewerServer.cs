using System.Net;
using System.Reflection;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Serilog;
using Wann.Core.Persistence;
using Wann.Core.Tasks;
using Wann.Viewer.Replay;
using Wann.Viewer.Rendering;
using Wann.Files;

namespace Wann.Server;

/// <summary>
/// The local web viewer: a minimal API over a runs folder and one static page that lists the runs and studies,
/// plots a run's curves, draws its champion (hover a node for its activation), walks the shared-weight
/// score curve with a slider and plays the champion's episode at the chosen weight; a study shows its report and plots.
/// </summary>
/// <remarks>
/// <para>Bound to 127.0.0.1 only: the viewer reads local files and runs local evaluations, so it is not
/// meant to be reachable from other machines.</para>
/// <para>Endpoints: <c>GET /api/runs</c>, <c>/api/runs/{run}/metrics</c>, <c>/api/runs/{run}/topology.svg</c>,
/// <c>/api/runs/{run}/profile</c>, <c>/api/runs/{run}/replay?weight=W</c>, and the studies' <c>/api/studies</c>,
/// <c>/api/studies/{study}/report</c>, <c>/api/studies/{study}/plots/{file}</c>; the page and its script are
/// embedded resources, so the server needs no files besides the runs.</para>
/// </remarks>
public static class ViewerServer
{
    /// <summary>Largest champion (in nodes) drawn by <c>topology.svg</c>; larger ones get a 422 with a message.</summary>
    public const int MaxDrawnNodes = 2_000;

    /// <summary>Longest a <c>topology.svg</c> request waits for its drawing (503 after; the drawing is kept when done).</summary>
    public static readonly TimeSpan DrawingTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Builds the web application.</summary>
    /// <param name="runsFolder">The folder of runs.</param>
    /// <param name="port">Loopback port; 0 picks a free one (read it back from the app's URLs after start).</param>
    /// <param name="log">Where ASP.NET Core's events go (through Serilog, like every log of wann's); <see langword="null"/>: nowhere.</param>
    /// <returns>The application, not started.</returns>
    public static WebApplication Build(string runsFolder, int port, Serilog.ILogger? log = null)
    {
        var catalog = new RunCatalog(runsFolder);
        var studies = new StudyCatalog(catalog.Root);
        var drawings = new TopologyDrawings(MaxDrawnNodes, DrawingTimeout);
        BuiltInReplays.EnsureAttached();
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (log is not null)
        {
            builder.Logging.AddSerilog(log, dispose: false);
        }

        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, port));

        // DNS rebinding: a page on another site that resolves its own name to 127.0.0.1 must not read the runs, so
        // only requests addressed to a loopback name are served (others get 400).
        builder.Services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = ["localhost", "127.0.0.1", "[::1]"];
            o.AllowEmptyHosts = false;
            o.IncludeFailureMessage = true;
        });
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.NumberHandling = System.Text.Json.Serialization.JsonNumberHandling.AllowNamedFloatingPointLiterals);
        WebApplication app = builder.Build();
        app.UseHostFiltering();

        // A run whose files cannot be read answers with its problem, not a 500 for the whole viewer.
        app.Use(async (context, next) =>
        {
            try
            {
                await next(context).ConfigureAwait(false);
            }
            catch (Exception e) when (!context.Response.HasStarted && e is InputFileException or IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
            {
                context.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                await context.Response.WriteAsync($"This run's files cannot be read: {e.Message}").ConfigureAwait(false);
            }
        });

        app.MapGet("/", () => Asset("index.html", "text/html; charset=utf-8"));
        app.MapGet("/app.js", () => Asset("app.js", "text/javascript; charset=utf-8"));
        app.MapGet("/app.css", () => Asset("app.css", "text/css; charset=utf-8"));
        app.MapGet("/api/runs", () => Results.Ok(catalog.List()));
        app.MapGet("/api/runs/{run}/metrics", (string run) =>
            catalog.Find(run) is string folder && RunCatalog.Metrics(folder) is RunMetrics m ? Results.Ok(m) : Results.NotFound());
        app.MapGet("/api/runs/{run}/topology.svg", async (string run, HttpContext context) =>
            catalog.Find(run) is string folder ? await drawings.GetAsync(folder, context.RequestAborted).ConfigureAwait(false) : Results.NotFound());
        app.MapGet("/api/runs/{run}/profile", (string run) =>
            catalog.Find(run) is string folder && catalog.Profile(folder) is WeightProfile p ? Results.Ok(p) : Results.NotFound());
        app.MapGet("/api/runs/{run}/replay", (string run, double? weight, ulong? seed) =>
        {
            if (catalog.Find(run) is not string folder || RunCatalog.Champion(folder) is not var (document, task))
            {
                return Results.NotFound();
            }

            if (!EpisodeReplay.CanReplay(task))
            {
                return Results.Text($"<p>No replay for task {WebUtility.HtmlEncode(task.Name)}: it has no replay capability.</p>", "text/html; charset=utf-8");
            }

            if (weight is double w && (!double.IsFinite(w) || Math.Abs(w) > 10))
            {
                return Results.BadRequest("weight: expected a number in [-10, 10].");
            }

            // The replay comes from the task's capability (an HTML animation, a PNG, ...), whatever the task is.
            ReplayFile replay = EpisodeReplay.Record(task, document.Genome, weight, seed ?? 1UL, $"{run}: shared weight {weight?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "own"}");
            return Results.Bytes(replay.Content, replay.MediaType);
        });
        StudyEndpoints.Map(app, studies);
        return app;
    }

    private static IResult Asset(string name, string contentType)
    {
        using Stream? stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("wwwroot/" + name);
        if (stream is null)
        {
            return Results.NotFound();
        }

        using var reader = new StreamReader(stream);
        return Results.Text(reader.ReadToEnd(), contentType);
    }
}
