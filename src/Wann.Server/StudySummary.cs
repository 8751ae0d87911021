namespace Wann.Server;

/// <summary>One study folder as the viewer lists it.</summary>
/// <param name="Name">The study folder's name (how the other study endpoints address it).</param>
/// <param name="Study">The study's own name from its summary, or null when it has no summary yet.</param>
/// <param name="Runs">Finished runs counted in its summary (0 before the first summary).</param>
/// <param name="Arms">The arms in its summary.</param>
/// <param name="HasReport">Whether report.md exists.</param>
/// <param name="Plots">Its plot files (SVG preferred over PNG of the same name), sorted.</param>
public sealed record StudySummary(string Name, string? Study, int Runs, IReadOnlyList<string> Arms, bool HasReport, IReadOnlyList<string> Plots);
