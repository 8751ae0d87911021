using System.Text.Json;

namespace Wann.Server.Tests;

public sealed class ViewerBrowserTests(RunsFixture runs) : IClassFixture<RunsFixture>
{
    [BrowserFact]
    public async Task Chromium_sees_the_run_list_opens_the_run_and_finds_the_topology()
    {
        string line = await BrowserCheck.RunAsync(runs.Url, RunsFixture.RunName);
        using JsonDocument seen = JsonDocument.Parse(line);
        JsonElement root = seen.RootElement;

        Assert.Equal([RunsFixture.RunName], root.GetProperty("runs").EnumerateArray().Select(e => e.GetString()));

        // The drawing in the page has every node of the champion, each with its activation in the hover title.
        var nodes = root.GetProperty("nodes").EnumerateArray().ToList();
        Assert.Equal(runs.Champion.Nodes.Length, nodes.Count);
        foreach (JsonElement node in nodes)
        {
            string activation = node.GetProperty("activation").GetString()!;
            string title = node.GetProperty("title").GetString()!;
            Assert.True(title.StartsWith("input", StringComparison.Ordinal) || title.StartsWith("bias", StringComparison.Ordinal) || title.Contains(activation, StringComparison.Ordinal), title);
        }

        // Three fitness curves with a point per generation, the profile read-out, and the replay at w = -2.
        var curves = root.GetProperty("curves").EnumerateArray().ToList();
        Assert.Equal(3, curves.Count);
        Assert.All(curves, c => Assert.Equal(runs.Generations, c.GetProperty("points").GetInt32()));
        Assert.StartsWith("w = 1.00:", root.GetProperty("readout").GetString(), StringComparison.Ordinal);
        Assert.Contains("shared weight -2", root.GetProperty("replayTitle").GetString(), StringComparison.Ordinal);
        Assert.Empty(root.GetProperty("errors").EnumerateArray());
    }
}
