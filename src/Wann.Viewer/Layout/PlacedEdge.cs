namespace Wann.Viewer.Layout;

/// <summary>An enabled connection in the drawing.</summary>
/// <param name="Source">Source node id.</param>
/// <param name="Target">Target node id.</param>
/// <param name="IsBackEdge">Whether it points against the layering (recurrent genomes only).</param>
public sealed record PlacedEdge(int Source, int Target, bool IsBackEdge);
