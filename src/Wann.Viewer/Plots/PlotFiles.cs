using ScottPlot;

namespace Wann.Viewer.Plots;

/// <summary>Saves a plot as PNG and SVG, each written beside its target and renamed, like every file Wann writes.</summary>
internal static class PlotFiles
{
    /// <summary>Writes <paramref name="name"/>.png and .svg into <paramref name="folder"/>.</summary>
    /// <param name="plot">The plot.</param>
    /// <param name="folder">The folder (must exist).</param>
    /// <param name="name">The file name without extension.</param>
    /// <param name="width">Pixel width.</param>
    /// <param name="height">Pixel height.</param>
    /// <returns>The two paths.</returns>
    public static IEnumerable<string> Save(Plot plot, string folder, string name, int width = 900, int height = 500)
    {
        string png = Path.Combine(folder, name + ".png");
        string svg = Path.Combine(folder, name + ".svg");
        string temporary = Path.Combine(folder, $".{name}.{Environment.ProcessId}.tmp");
        plot.SavePng(temporary + ".png", width, height);
        File.Move(temporary + ".png", png, overwrite: true);
        plot.SaveSvg(temporary + ".svg", width, height);
        File.Move(temporary + ".svg", svg, overwrite: true);
        return [png, svg];
    }
}
