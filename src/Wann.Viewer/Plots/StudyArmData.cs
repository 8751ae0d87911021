namespace Wann.Viewer.Plots;

/// <summary>What the study plots need of one arm: each metric's value per run, and the runs' folders (for curves).</summary>
/// <param name="Name">The arm's name.</param>
/// <param name="Metrics">Metric name to one value per run, in seed order.</param>
/// <param name="RunFolders">The arm's run folders, in seed order.</param>
public sealed record StudyArmData(string Name, IReadOnlyDictionary<string, double[]> Metrics, IReadOnlyList<string> RunFolders);
