using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Wann.Viewer.Replay;

/// <summary>
/// A self-contained HTML page that plays a recorded pole-balancing episode on a canvas: the cart and its
/// pole(s) drawn from the true state at every step (θ = 0 is upright), with the step and score shown.
/// </summary>
public static class ReplayPage
{
    /// <summary>Renders the page.</summary>
    /// <param name="recording">The episode.</param>
    /// <param name="title">Page title.</param>
    /// <param name="drawing">Which state components are the pole angles and how they are drawn (default: one pole, CartPole's).</param>
    /// <returns>HTML text.</returns>
    public static string Render(EpisodeRecording recording, string title, PoleDrawing? drawing = null)
    {
        ArgumentNullException.ThrowIfNull(recording);
        PoleDrawing d = drawing ?? PoleDrawing.SinglePole;
        var data = new
        {
            environment = recording.Environment,
            states = recording.States,
            angles = d.Angles,
            lengths = d.Lengths,
            track = d.Track,
            fps = d.Fps,
            score = recording.Score,
            weight = recording.Weight,
        };
        string json = JsonSerializer.Serialize(data);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
            .Append(System.Net.WebUtility.HtmlEncode(title))
            .Append("</title><style>body{font-family:sans-serif;margin:16px}canvas{border:1px solid #ccc}</style></head><body>\n")
            .Append("<h3>").Append(System.Net.WebUtility.HtmlEncode(title)).Append("</h3>\n")
            .Append("<canvas id=\"scene\" width=\"800\" height=\"360\"></canvas>\n<p id=\"status\"></p>\n")
            .Append("<button id=\"again\">replay</button>\n<script>\nconst replay = ").Append(json).Append(";\n")
            .Append(Script)
            .Append("</script></body></html>\n");
        return html.ToString();
    }

    private const string Script = """
        const canvas = document.getElementById('scene');
        const ctx = canvas.getContext('2d');
        const scale = canvas.width / (2 * replay.track + 1.2);
        const ground = canvas.height * 0.72;
        let frame = 0;
        function draw(state) {
          ctx.clearRect(0, 0, canvas.width, canvas.height);
          ctx.strokeStyle = '#333'; ctx.lineWidth = 2;
          ctx.beginPath();
          ctx.moveTo(canvas.width / 2 - replay.track * scale, ground + 14);
          ctx.lineTo(canvas.width / 2 + replay.track * scale, ground + 14);
          ctx.stroke();
          const cx = canvas.width / 2 + state[0] * scale;
          ctx.fillStyle = '#c0392b'; ctx.fillRect(cx - 30, ground - 10, 60, 24);
          replay.angles.forEach((a, i) => {
            const theta = state[a], len = replay.lengths[i] * scale;
            ctx.strokeStyle = i === 0 ? '#2c3e50' : '#2980b9'; ctx.lineWidth = 6 - 2 * i;
            ctx.beginPath(); ctx.moveTo(cx, ground - 10);
            ctx.lineTo(cx + len * Math.sin(theta), ground - 10 - len * Math.cos(theta)); ctx.stroke();
          });
        }
        function tick() {
          draw(replay.states[frame]);
          document.getElementById('status').textContent =
            `${replay.environment}: step ${frame} of ${replay.states.length - 1}, score ${replay.score.toFixed(1)}` +
            (replay.weight === null ? ', own weights' : `, shared weight ${replay.weight}`);
          if (frame < replay.states.length - 1) { frame++; setTimeout(tick, 1000 / replay.fps); }
        }
        document.getElementById('again').onclick = () => { frame = 0; tick(); };
        tick();

        """;
}
