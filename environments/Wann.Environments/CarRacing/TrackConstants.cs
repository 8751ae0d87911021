namespace Wann.Environments.CarRacing;

/// <summary>Gym CarRacing's world constants (car_racing.py), in its world units (one unit is SCALE = 6 screen pixels).</summary>
public static class TrackConstants
{
    /// <summary>Screen pixels per world unit.</summary>
    public const double Scale = 6.0;

    /// <summary>Radius of the checkpoint circle.</summary>
    public const double TrackRadius = 900.0 / Scale;

    /// <summary>Half the side of the square playfield; leaving it ends the episode with −100.</summary>
    public const double Playfield = 2000.0 / Scale;

    /// <summary>Distance between consecutive centreline points (one tile long).</summary>
    public const double DetailStep = 21.0 / Scale;

    /// <summary>Largest heading change per centreline step.</summary>
    public const double TurnRate = 0.31;

    /// <summary>Half-width of the road.</summary>
    public const double HalfWidth = 40.0 / Scale;

    /// <summary>Number of checkpoints the walk steers through.</summary>
    public const int Checkpoints = 12;

    /// <summary>Frames per second of the simulation.</summary>
    public const double Fps = 50.0;

    /// <summary>Fraction of the tiles that must be visited before crossing tile 0 ends the lap (v1 and later).</summary>
    public const double LapCompletePercent = 0.95;

    /// <summary>Frames per episode (the registration's TimeLimit).</summary>
    public const int FrameLimit = 1000;
}
