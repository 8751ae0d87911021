using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.AspNetCore.Http;
using Wann.Core.Persistence;
using Wann.Viewer.Rendering;

namespace Wann.Server;

/// <summary>
/// The champion drawings of <c>/api/runs/{run}/topology.svg</c>: drawn once per version of <c>champion.json</c>
/// (keyed by path, modification time and length), refused with a clear message beyond <see cref="MaxNodes"/> nodes,
/// and answered within <see cref="Timeout"/> (a slower drawing goes on in the background and is kept for the next request).
/// </summary>
/// <param name="maxNodes">Largest genome drawn (bias, inputs, outputs and hidden nodes).</param>
/// <param name="timeout">Longest a request waits for a drawing.</param>
internal sealed class TopologyDrawings(int maxNodes, TimeSpan timeout)
{
    /// <summary>Drawings kept; an evicted one is drawn again when asked for.</summary>
    private const int Capacity = 32;

    private readonly ConcurrentDictionary<(string Path, long Ticks, long Length), Lazy<Task<Drawing>>> _drawings = new();

    /// <summary>Gets the largest genome drawn.</summary>
    public int MaxNodes => maxNodes;

    /// <summary>Gets the longest a request waits for a drawing.</summary>
    public TimeSpan Timeout => timeout;

    /// <summary>Answers a topology request for the champion of a run folder.</summary>
    /// <param name="folder">A run folder from the catalog.</param>
    /// <param name="cancellationToken">The request's abort token.</param>
    /// <returns>The SVG, a 422 page for a genome too large to draw, 404 without a champion, or 503 after the timeout.</returns>
    public async Task<IResult> GetAsync(string folder, CancellationToken cancellationToken)
    {
        string path = Path.Combine(folder, "champion.json");
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            return Results.NotFound();
        }

        // Whether the file may be read at all (a plain file, not a link out of the runs folder) is decided by
        // RunCatalog.Champion inside Draw; the key only tells versions apart.
        var key = (path, file.LastWriteTimeUtc.Ticks, file.Length);
        if (_drawings.Count >= Capacity && !_drawings.ContainsKey(key))
        {
            _drawings.Clear();
        }

        Task<Drawing> drawing = _drawings.GetOrAdd(key, _ => new Lazy<Task<Drawing>>(() => Task.Run(() => Draw(folder)))).Value;
        try
        {
            Drawing done = await drawing.WaitAsync(timeout, cancellationToken).ConfigureAwait(false);
            return Results.Text(done.Body, done.ContentType, statusCode: done.Status);
        }
        catch (TimeoutException)
        {
            return Results.Text($"Drawing this champion takes longer than {timeout.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s; it goes on in the background: reload in a moment.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    private Drawing Draw(string folder)
    {
        if (RunCatalog.Champion(folder) is not var (document, task))
        {
            return new Drawing(StatusCodes.Status404NotFound, "no champion", "text/plain; charset=utf-8");
        }

        int nodes = document.Genome.Nodes.Length;
        if (nodes > maxNodes)
        {
            // A picture of tens of thousands of nodes is megabytes of SVG that no browser lays out usefully.
            return new Drawing(
                StatusCodes.Status422UnprocessableEntity,
                $"This champion has {nodes:N0} nodes and {document.Genome.EnabledConnectionCount:N0} connections: too many to draw here (the viewer draws up to {maxNodes:N0}). " +
                "`wann view champion.json -o champion.dot` writes it for Graphviz.",
                "text/plain; charset=utf-8");
        }

        return new Drawing(StatusCodes.Status200OK, SvgRenderer.Render(document.Genome, task.InputNames, task.OutputNames), "image/svg+xml; charset=utf-8");
    }

    private sealed record Drawing(int Status, string Body, string ContentType);
}
