using System.Net;
using Markdig;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Wann.Server;

/// <summary>
/// The viewer's study endpoints: <c>GET /api/studies</c> (the list), <c>/api/studies/{study}/report</c> (report.md as a
/// page of its own, tables and all) and <c>/api/studies/{study}/plots/{file}</c> (one of its SVG or PNG plots).
/// </summary>
internal static class StudyEndpoints
{
    // Pipe tables and the report's <br> line breaks; the page is shown in a sandboxed frame, so even a hostile
    // arm name in a hand-edited report cannot run script in the viewer.
    private static readonly MarkdownPipeline Markdown = new MarkdownPipelineBuilder().UsePipeTables().Build();

    private const string ReportStyle =
        "body{font:14px/1.4 system-ui,sans-serif;margin:1rem;color:#222}table{border-collapse:collapse;margin:.5rem 0}"
        + "th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}th{background:#f4f4f4}";

    /// <summary>An HTML page sent with a content security policy that forbids script and outside requests.</summary>
    private sealed class ReportPage(string html) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; style-src 'unsafe-inline'";
            httpContext.Response.ContentType = "text/html; charset=utf-8";
            return httpContext.Response.WriteAsync(html);
        }
    }

    /// <summary>Maps the study endpoints onto the app.</summary>
    /// <param name="app">The viewer's app.</param>
    /// <param name="catalog">The studies.</param>
    public static void Map(IEndpointRouteBuilder app, StudyCatalog catalog)
    {
        app.MapGet("/api/studies", () => Results.Ok(catalog.List()));
        app.MapGet("/api/studies/{study}/report", (string study) =>
        {
            if (catalog.Find(study) is not string folder || StudyCatalog.Report(folder) is not string report)
            {
                return Results.NotFound();
            }

            string body = Markdig.Markdown.ToHtml(File.ReadAllText(report), Markdown);
            string page = $"<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{WebUtility.HtmlEncode(study)}</title>"
                + $"<style>{ReportStyle}</style></head><body>{body}</body></html>";
            // Also sandboxed when opened directly (not in the page's frame): no script, nothing fetched but styles.
            return new ReportPage(page);
        });
        app.MapGet("/api/studies/{study}/plots/{file}", (string study, string file) =>
        {
            if (catalog.Find(study) is not string folder || StudyCatalog.Plot(folder, file) is not string path)
            {
                return Results.NotFound();
            }

            string type = file.EndsWith(".svg", StringComparison.Ordinal) ? "image/svg+xml" : "image/png";
            return Results.Bytes(File.ReadAllBytes(path), type);
        });
    }
}
