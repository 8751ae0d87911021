namespace Wann.Viewer.Replay;

/// <summary>How a pole-balancing state is drawn: the cart position is state component 0; each pole is an angle component (θ = 0 upright) and a drawn length.</summary>
/// <param name="Angles">State index of each pole's angle.</param>
/// <param name="Lengths">Drawn length of each pole, m.</param>
/// <param name="Track">Half-width of the track, m.</param>
/// <param name="Fps">Playback steps per second.</param>
public sealed record PoleDrawing(IReadOnlyList<int> Angles, IReadOnlyList<double> Lengths, double Track, double Fps)
{
    /// <summary>Gets the drawing of a single pole of length 1 at 50 steps per second (CartPole).</summary>
    public static PoleDrawing SinglePole { get; } = new([2], [1.0], 2.4, 50.0);
}
