using Wann.Environments.CarRacing;

namespace Wann.Viewer.Replay;

/// <summary>One car-racing episode: the track, the car's path, which tiles it touched, and the score.</summary>
/// <param name="Track">The track.</param>
/// <param name="Path">The car's hull position at every frame (x, y pairs), the start first.</param>
/// <param name="Visited">Whether each tile was touched.</param>
/// <param name="Score">Total reward.</param>
/// <param name="Frames">Frames driven.</param>
/// <param name="Weight">Shared weight used, or null for own weights.</param>
public sealed record RaceRecording(Track Track, IReadOnlyList<(double X, double Y)> Path, bool[] Visited, double Score, int Frames, double? Weight);
