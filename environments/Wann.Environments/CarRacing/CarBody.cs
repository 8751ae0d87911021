namespace Wann.Environments.CarRacing;

/// <summary>
/// The car of Gym's car_dynamics.py as one rigid body: the hull's four polygons (density 1) and four
/// 0.56 × 1.08 wheels (density 0.1) at (±1.1, +1.6) and (±1.1, −1.64), everything scaled by SIZE = 0.02.
/// Mass, centre of mass and moment of inertia are computed from those shapes once.
/// </summary>
/// <remarks>
/// Gym simulates five Box2D bodies held together by revolute joints; Wann treats the wheels as rigidly
/// attached to the hull (the joints only let the front wheels turn about their centres, which this model
/// keeps as a steering angle), so one body integrates the tyre forces. Differences from Box2D: no joint
/// compliance, and the steering angle follows the motor speed exactly (Box2D reaches it through a torque-
/// limited motor whose limit the light wheels never hit).
/// </remarks>
public static class CarBody
{
    /// <summary>Gym's SIZE.</summary>
    public const double Size = 0.02;

    /// <summary>Engine power (1e8 · SIZE²).</summary>
    public const double EnginePower = 1e8 * Size * Size;

    /// <summary>Wheel moment of inertia (4000 · SIZE²).</summary>
    public const double WheelInertia = 4000 * Size * Size;

    /// <summary>Tyre friction limit on road (1e6 · SIZE²); grass is 0.6 of it.</summary>
    public const double FrictionLimit = 1e6 * Size * Size;

    /// <summary>Wheel radius (27 · SIZE).</summary>
    public const double WheelRadius = 27 * Size;

    /// <summary>Tyre force gain (205000 · SIZE²).</summary>
    public const double TyreGain = 205000 * Size * Size;

    /// <summary>Steering joint limit, rad.</summary>
    public const double SteerLimit = 0.4;

    /// <summary>Brake deceleration of the wheel spin at full brake, rad/s per step.</summary>
    public const double BrakeForce = 15;

    private static readonly double[][] HullPolygons =
    [
        [-60, 130, 60, 130, 60, 110, -60, 110],
        [-15, 120, 15, 120, 20, 20, -20, 20],
        [25, 20, 50, -10, 50, -40, 20, -90, -20, -90, -50, -40, -50, -10, -25, 20],
        [-50, -120, 50, -120, 50, -90, -50, -90],
    ];

    static CarBody()
    {
        WheelX = [-55 * Size, 55 * Size, -55 * Size, 55 * Size];
        WheelY = [80 * Size, 80 * Size, -82 * Size, -82 * Size];

        // Mass, first and second moments about the body origin, then shifted to the centre of mass.
        double mass = 0, mx = 0, my = 0, inertia = 0;
        foreach (double[] polygon in HullPolygons)
        {
            (double a, double cx, double cy, double j) = PolygonMoments(polygon, 1.0);
            mass += a;
            mx += a * cx;
            my += a * cy;
            inertia += j;
        }

        double wheelW = 2 * 14 * Size, wheelH = 2 * 27 * Size;
        double wheelMass = 0.1 * wheelW * wheelH;
        for (int w = 0; w < 4; w++)
        {
            mass += wheelMass;
            mx += wheelMass * WheelX[w];
            my += wheelMass * WheelY[w];
            inertia += (wheelMass * ((wheelW * wheelW) + (wheelH * wheelH)) / 12) + (wheelMass * ((WheelX[w] * WheelX[w]) + (WheelY[w] * WheelY[w])));
        }

        Mass = mass;
        CentreX = mx / mass;
        CentreY = my / mass;
        Inertia = inertia - (mass * ((CentreX * CentreX) + (CentreY * CentreY)));
    }

    /// <summary>Gets the total mass (hull ≈ 7.06 plus four wheels of ≈ 0.06).</summary>
    public static double Mass { get; }

    /// <summary>Gets the moment of inertia about the centre of mass.</summary>
    public static double Inertia { get; }

    /// <summary>Gets the centre of mass in the body frame (x).</summary>
    public static double CentreX { get; }

    /// <summary>Gets the centre of mass in the body frame (y, forward).</summary>
    public static double CentreY { get; }

    /// <summary>Gets the wheel centres in the body frame (x): front left, front right, rear left, rear right.</summary>
    public static double[] WheelX { get; }

    /// <summary>Gets the wheel centres in the body frame (y, forward).</summary>
    public static double[] WheelY { get; }

    /// <summary>Gets the hull polygons in body-frame world units (x, y pairs), for drawing.</summary>
    public static IEnumerable<double[]> HullShapes => HullPolygons.Select(p => p.Select(v => v * Size).ToArray());

    private static (double Area, double Cx, double Cy, double InertiaAboutOrigin) PolygonMoments(double[] units, double density)
    {
        int n = units.Length / 2;
        double area = 0, cx = 0, cy = 0, j = 0;
        for (int i = 0; i < n; i++)
        {
            double x0 = units[2 * i] * Size, y0 = units[(2 * i) + 1] * Size;
            double x1 = units[2 * ((i + 1) % n)] * Size, y1 = units[(2 * ((i + 1) % n)) + 1] * Size;
            double cross = (x0 * y1) - (x1 * y0);
            area += cross / 2;
            cx += (x0 + x1) * cross / 6;
            cy += (y0 + y1) * cross / 6;
            j += cross * ((x0 * x0) + (x0 * x1) + (x1 * x1) + (y0 * y0) + (y0 * y1) + (y1 * y1)) / 12;
        }

        // Orientation-independent: a clockwise polygon gives negative area and moments alike.
        double sign = Math.Sign(area);
        return (density * area * sign, cx / area, cy / area, density * j * sign);
    }
}
