namespace Wann.Environments.CarRacing;

/// <summary>The true state of one lane's car, for drivers, replays and tests.</summary>
/// <param name="X">Hull origin x (the point Gym reports as the car's position).</param>
/// <param name="Y">Hull origin y.</param>
/// <param name="Angle">Hull angle; the car drives along (−sin, cos) of it.</param>
/// <param name="VelocityX">Velocity of the centre of mass, x.</param>
/// <param name="VelocityY">Velocity of the centre of mass, y.</param>
/// <param name="AngularVelocity">Angular velocity, rad/s (positive: turning left).</param>
/// <param name="SteeringAngle">Front wheels' angle relative to the hull.</param>
/// <param name="NearestPoint">Index of the centreline point nearest the car.</param>
/// <param name="TilesVisited">Tiles touched so far.</param>
/// <param name="Frame">Frames stepped.</param>
public readonly record struct CarSnapshot(double X, double Y, double Angle, double VelocityX, double VelocityY, double AngularVelocity, double SteeringAngle, int NearestPoint, int TilesVisited, int Frame)
{
    /// <summary>Gets the speed along the car's heading.</summary>
    public double ForwardSpeed => (-Math.Sin(Angle) * VelocityX) + (Math.Cos(Angle) * VelocityY);
}
