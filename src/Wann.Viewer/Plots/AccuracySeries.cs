namespace Wann.Viewer.Plots;

/// <summary>A curve of accuracy against connections (one pruning method), or a set of single points (WANN champions) when <paramref name="PointsOnly"/>.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Connections">Remaining connections of each point.</param>
/// <param name="Accuracy">Accuracy of each point, in [0, 1].</param>
/// <param name="PointsOnly">Draw markers without a line.</param>
public sealed record AccuracySeries(string Name, IReadOnlyList<double> Connections, IReadOnlyList<double> Accuracy, bool PointsOnly = false);
