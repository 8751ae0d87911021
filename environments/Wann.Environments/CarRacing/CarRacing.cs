using Wann.Environments.Spaces;

namespace Wann.Environments.CarRacing;

/// <summary>
/// Gym CarRacing-v3 on procedural tracks, stepped over lanes: each lane drives its own track (generated
/// from the lane's seed with Gym's algorithm), the car follows Gym's car_dynamics (rear-wheel drive,
/// per-wheel friction-limited tyre forces, 50 frames per second), rewards are +1000/N per newly touched
/// tile and −0.1 per frame, leaving the playfield ends the episode with −100, finishing the lap ends it,
/// and episodes are cut at 1,000 frames.
/// </summary>
/// <remarks>
/// <para>Action per lane: steer in [−1, 1] (−1 full left), gas in [0, 1], brake in [0, 1] (≥ 0.9 locks the
/// wheels); values outside are clipped. Observation: the <c>features</c> vector (speed, yaw rate, heading
/// relative to the track, lateral offset, and five rangefinder distances to the road edge); the 96×96
/// picture Gym returns is drawn by <see cref="CarRacingRenderer"/> from <see cref="Snapshot"/>.</para>
/// <para>Contacts: a wheel touches every tile its 0.56 × 1.08 box overlaps (Box2D's sensor contacts between the
/// wheel and tile polygons); touching any tile gives it road friction (400), none grass (240), and touching an
/// unvisited tile visits it. The timing is Box2D's: a world step first updates contacts on the positions the
/// previous step left, then integrates, so a step's tile rewards and lap check see the car where it was before
/// the step, and the friction the car uses in a step comes from the contacts of the step before. The
/// episode's first frame, which Gym runs inside reset, is run there too: tiles under the wheels at the start
/// count, and their reward arrives with the first step's.</para>
/// <para>Lap completion follows Gymnasium's code: the lap is finished when every tile is visited, or when a
/// wheel begins or ends touching tile 0 while more than 95% of the tiles are visited. The car starts with its
/// rear wheels on tile 0, so that is the moment it comes round again.</para>
/// </remarks>
public sealed class CarRacing : IVectorEnvironment
{
    /// <summary>The registry name.</summary>
    public const string Name = "carracing";

    /// <summary>Rangefinder directions relative to the heading, rad (positive: left).</summary>
    public static readonly double[] RayAngles = [1.0, 0.4, 0.0, -0.4, -1.0];

    /// <summary>Rangefinder reach, world units (the road is 13.3 wide).</summary>
    public const double RayReach = 40.0;

    private const double Dt = 1.0 / TrackConstants.Fps;
    private const int CacheSize = 64;
    private const int MaxContacts = 32;
    private const double WheelHalfWidth = 14 * CarBody.Size;
    private const double WheelHalfLength = 27 * CarBody.Size;

    // Box2D moves a body at most 2 units and turns it at most π/2 per step (b2_maxTranslation, b2_maxRotation).
    private const double MaxSpeed = 2.0 / Dt;
    private const double MaxTurnRate = 0.5 * Math.PI / Dt;

    private static readonly EnvironmentSpec SpecInstance = CreateSpec();
    private static readonly Dictionary<ulong, Track> SharedTracks = [];
    private static readonly Queue<ulong> SharedOrder = new();
    private static readonly Lock CacheLock = new();

    private readonly Track[] _track;
    private readonly bool[][] _visited;
    private readonly int[] _visitedCount;
    private readonly double[] _x, _y, _angle, _vx, _vy, _omega, _steer, _steerTarget, _brake, _pending, _time;
    private readonly double[] _wheelOmega, _wheelGas;

    // cos/sin of each lane's hull angle and of its steered front wheels' angle: computed once where the angle is set
    // (Math.Cos/Sin of the same argument give the same bits wherever they are called), read by contacts and physics.
    private readonly double[] _cos, _sin, _steeredCos, _steeredSin;
    private readonly int[] _nearest, _frame;
    private readonly int[] _contacts = new int[MaxContacts];
    private readonly bool[] _wheelRoad, _wheelRoadNext, _wheelOnStart;
    private readonly bool[] _lapDone, _terminated, _truncated;
    private int _running;

    /// <summary>Creates <paramref name="laneCount"/> lanes; call <see cref="Reset"/> before stepping.</summary>
    /// <param name="laneCount">Number of lanes.</param>
    public CarRacing(int laneCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(laneCount, 1);
        LaneCount = laneCount;
        _track = new Track[laneCount];
        _visited = new bool[laneCount][];
        _visitedCount = new int[laneCount];
        _x = new double[laneCount];
        _y = new double[laneCount];
        _angle = new double[laneCount];
        _vx = new double[laneCount];
        _vy = new double[laneCount];
        _omega = new double[laneCount];
        _steer = new double[laneCount];
        _steerTarget = new double[laneCount];
        _brake = new double[laneCount];
        _pending = new double[laneCount];
        _time = new double[laneCount];
        _cos = new double[laneCount];
        _sin = new double[laneCount];
        _steeredCos = new double[laneCount];
        _steeredSin = new double[laneCount];
        _wheelOmega = new double[laneCount * 4];
        _wheelGas = new double[laneCount * 4];
        _wheelRoad = new bool[laneCount * 4];
        _wheelRoadNext = new bool[laneCount * 4];
        _wheelOnStart = new bool[laneCount * 4];
        _nearest = new int[laneCount];
        _frame = new int[laneCount];
        _lapDone = new bool[laneCount];
        _terminated = new bool[laneCount];
        _truncated = new bool[laneCount];
    }

    /// <inheritdoc/>
    public EnvironmentSpec Spec => SpecInstance;

    /// <inheritdoc/>
    public int LaneCount { get; }

    /// <inheritdoc/>
    public int RunningLaneCount => _running;

    /// <inheritdoc/>
    public ReadOnlySpan<bool> Terminated => _terminated;

    /// <inheritdoc/>
    public ReadOnlySpan<bool> Truncated => _truncated;

    /// <summary>Describes the environment.</summary>
    /// <returns>The spec.</returns>
    public static EnvironmentSpec CreateSpec() => new(
        Name,
        "Gym CarRacing-v3 on procedural tracks (Gym's generator and car dynamics, own rigid-body solver), features observation",
        Space.Continuous(
            ["speed", "yaw_rate", "heading_error", "lateral_offset", "ray_left", "ray_front_left", "ray_front", "ray_front_right", "ray_right"],
            double.NegativeInfinity,
            double.PositiveInfinity),
        Space.Continuous(["steer", "gas", "brake"], [-1.0, 0.0, 0.0], [1.0, 1.0, 1.0]),
        TrackConstants.FrameLimit);

    /// <summary>Gets the track a seed generates (shared cache: every lane, genome and thread reuses recent tracks).</summary>
    /// <param name="seed">The seed.</param>
    /// <returns>The track.</returns>
    public static Track TrackFor(ulong seed)
    {
        lock (CacheLock)
        {
            if (SharedTracks.TryGetValue(seed, out Track? cached))
            {
                return cached;
            }
        }

        Track track = TrackGenerator.Generate(seed);
        lock (CacheLock)
        {
            if (SharedTracks.TryAdd(seed, track))
            {
                SharedOrder.Enqueue(seed);
                if (SharedOrder.Count > CacheSize)
                {
                    SharedTracks.Remove(SharedOrder.Dequeue());
                }
            }

            return SharedTracks.GetValueOrDefault(seed, track);
        }
    }

    /// <summary>Gets the track of a lane.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>Its track.</returns>
    public Track TrackOf(int lane) => _track[lane];

    /// <summary>Gets whether a lane has visited a tile.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="tile">The tile.</param>
    /// <returns>True once a wheel touched it.</returns>
    public bool Visited(int lane, int tile) => _visited[lane][tile];

    /// <summary>Gets a lane's true state.</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>The snapshot.</returns>
    public CarSnapshot Snapshot(int lane) =>
        new(_x[lane], _y[lane], _angle[lane], _vx[lane], _vy[lane], _omega[lane], _steer[lane], _nearest[lane], _visitedCount[lane], _frame[lane]);

    /// <summary>Puts a lane's car somewhere with a given velocity (for tests and hand-built situations); contacts are re-read at the next step.</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="x">Hull origin x.</param>
    /// <param name="y">Hull origin y.</param>
    /// <param name="angle">Hull angle.</param>
    /// <param name="velocityX">Velocity x.</param>
    /// <param name="velocityY">Velocity y.</param>
    public void Place(int lane, double x, double y, double angle, double velocityX, double velocityY)
    {
        _x[lane] = x;
        _y[lane] = y;
        _angle[lane] = angle;
        _vx[lane] = velocityX;
        _vy[lane] = velocityY;
        _omega[lane] = 0;
        _cos[lane] = Math.Cos(angle);
        _sin[lane] = Math.Sin(angle);
    }

    /// <summary>Copies a lane's four wheel spins (rad/s; front left, front right, rear left, rear right).</summary>
    /// <param name="lane">The lane.</param>
    /// <param name="spins">Receives four values.</param>
    public void WheelSpins(int lane, Span<double> spins) => _wheelOmega.AsSpan(lane * 4, 4).CopyTo(spins);

    /// <summary>Gets the seconds simulated in a lane (Gym's camera zooms in over the first second).</summary>
    /// <param name="lane">The lane.</param>
    /// <returns>Seconds, including the frame run at reset.</returns>
    public double Time(int lane) => _time[lane];

    /// <inheritdoc/>
    public void Reset(ReadOnlySpan<ulong> seeds)
    {
        for (int i = 0; i < LaneCount; i++)
        {
            Track track = TrackFor(seeds[i]);
            _track[i] = track;
            if (_visited[i] is null || _visited[i].Length != track.TileCount)
            {
                _visited[i] = new bool[track.TileCount];
            }
            else
            {
                Array.Clear(_visited[i]);
            }

            _visitedCount[i] = 0;
            _x[i] = track.X[0];
            _y[i] = track.Y[0];
            _angle[i] = track.Beta[0];
            _cos[i] = Math.Cos(_angle[i]);
            _sin[i] = Math.Sin(_angle[i]);
            _vx[i] = _vy[i] = _omega[i] = _steer[i] = _steerTarget[i] = _brake[i] = 0;
            _pending[i] = 0;
            _time[i] = Dt;
            _frame[i] = 0;
            _nearest[i] = 0;
            _lapDone[i] = false;
            _terminated[i] = false;
            _truncated[i] = false;
            for (int w = 0; w < 4; w++)
            {
                _wheelOmega[(i * 4) + w] = 0;
                _wheelGas[(i * 4) + w] = 0;
                _wheelRoad[(i * 4) + w] = false;
                _wheelOnStart[(i * 4) + w] = false;
            }

            // Gym's reset runs one frame without action: nothing moves, the wheels' first contacts count.
            _pending[i] = Contacts(i);
            Array.Copy(_wheelRoadNext, i * 4, _wheelRoad, i * 4, 4);
        }

        _running = LaneCount;
    }

    /// <inheritdoc/>
    public void WriteObservations(Span<double> observations)
    {
        int lanes = LaneCount;
        for (int i = 0; i < lanes; i++)
        {
            // An ended lane's rays (about half of a frame's work) would feed actions Step ignores: its cars can leave the
            // playfield in the first frames while the genome's other lanes drive on for a thousand.
            if (_terminated[i] || _truncated[i])
            {
                continue;
            }

            Track track = _track[i];
            double c = _cos[i], s = _sin[i];
            double forward = (-s * _vx[i]) + (c * _vy[i]);
            int k = _nearest[i];
            double heading = WrapAngle(track.Beta[k] - _angle[i]);
            double lateral = ((_x[i] - track.X[k]) * track.CosBeta[k]) + ((_y[i] - track.Y[k]) * track.SinBeta[k]);
            observations[i] = forward / 100.0;
            observations[lanes + i] = _omega[i] / 5.0;
            observations[(2 * lanes) + i] = heading / Math.PI;
            observations[(3 * lanes) + i] = lateral / TrackConstants.HalfWidth;
            // Every ray starts at the car: on grass all five read 0.
            bool onRoad = track.OnRoad(_x[i], _y[i]);
            for (int r = 0; r < RayAngles.Length; r++)
            {
                double distance = onRoad ? RayFromRoad(track, _x[i], _y[i], _angle[i] + RayAngles[r]) : 0;
                observations[((4 + r) * lanes) + i] = distance / RayReach;
            }
        }
    }

    /// <inheritdoc/>
    public void Step(ReadOnlySpan<double> actions, Span<double> rewards)
    {
        int lanes = LaneCount;
        for (int i = 0; i < lanes; i++)
        {
            if (_terminated[i] || _truncated[i])
            {
                rewards[i] = 0;
                continue;
            }

            double steer = Math.Clamp(actions[i], -1, 1);
            double gas = Math.Clamp(actions[lanes + i], 0, 1);
            double brake = Math.Clamp(actions[(2 * lanes) + i], 0, 1);
            if (double.IsNaN(steer))
            {
                steer = 0;
            }

            if (double.IsNaN(gas))
            {
                gas = 0;
            }

            if (double.IsNaN(brake))
            {
                brake = 0;
            }

            // Gym: car.steer(−action[0]); gas rises by at most 0.1 per frame on the rear wheels, falls at once.
            _steerTarget[i] = -steer;
            for (int w = 2; w < 4; w++)
            {
                ref double g = ref _wheelGas[(i * 4) + w];
                g += Math.Min(gas - g, 0.1);
            }

            _brake[i] = brake;

            // Box2D's order: contacts on the positions the last step left, then the car's forces with the
            // friction of the contacts known before this step, then integration.
            double reward = _pending[i] + Contacts(i) - 0.1;
            Physics(i);
            Array.Copy(_wheelRoadNext, i * 4, _wheelRoad, i * 4, 4);
            _pending[i] = 0;
            _frame[i]++;
            _time[i] += Dt;
            UpdateNearest(i);
            if (_visitedCount[i] == _track[i].TileCount || _lapDone[i])
            {
                _terminated[i] = true;
            }

            if (Math.Abs(_x[i]) > TrackConstants.Playfield || Math.Abs(_y[i]) > TrackConstants.Playfield)
            {
                _terminated[i] = true;
                reward = -100;
            }

            if (!_terminated[i] && _frame[i] >= TrackConstants.FrameLimit)
            {
                _truncated[i] = true;
            }

            if (_terminated[i] || _truncated[i])
            {
                _running--;
            }

            rewards[i] = reward;
        }
    }

    /// <summary>Distance along a ray from a point to the first grass, up to <see cref="RayReach"/> (0 when the point is on grass).</summary>
    /// <param name="track">The track.</param>
    /// <param name="x">Start x.</param>
    /// <param name="y">Start y.</param>
    /// <param name="angle">Ray angle in Gym's convention (direction (−sin, cos)).</param>
    /// <returns>The distance.</returns>
    public static double Ray(Track track, double x, double y, double angle) =>
        track.OnRoad(x, y) ? RayFromRoad(track, x, y, angle) : 0;

    private static double RayFromRoad(Track track, double x, double y, double angle) =>
        track.RayFromRoad(x, y, -Math.Sin(angle), Math.Cos(angle), 2.0, RayReach);

    // A rear wheel's angle was hull angle + 0, which turns −0 into +0: sin then gives +0 where the hull's sin is −0.
    private static double RearSin(double hullSin) => hullSin == 0 ? 0.0 : hullSin;

    private static double WrapAngle(double a) => Math.IEEERemainder(a, 2 * Math.PI);

    private void Physics(int i)
    {
        double angle = _angle[i];
        double c = _cos[i], s = _sin[i];
        double comX = _x[i] + (c * CarBody.CentreX) - (s * CarBody.CentreY);
        double comY = _y[i] + (s * CarBody.CentreX) + (c * CarBody.CentreY);
        double fx = 0, fy = 0, torque = 0;
        double motor = Math.Sign(_steerTarget[i] - _steer[i]) * Math.Min(50.0 * Math.Abs(_steerTarget[i] - _steer[i]), 3.0);
        for (int w = 0; w < 4; w++)
        {
            int slot = (i * 4) + w;
            double rx = (c * CarBody.WheelX[w]) - (s * CarBody.WheelY[w]);
            double ry = (s * CarBody.WheelX[w]) + (c * CarBody.WheelY[w]);
            double px = _x[i] + rx, py = _y[i] + ry;
            double wheelCos = w < 2 ? _steeredCos[i] : c, wheelSin = w < 2 ? _steeredSin[i] : RearSin(s);
            double fwdX = -wheelSin, fwdY = wheelCos;
            double sideX = wheelCos, sideY = wheelSin;

            // Velocity of the wheel centre: v + ω × (p − com).
            double vx = _vx[i] - (_omega[i] * (py - comY));
            double vy = _vy[i] + (_omega[i] * (px - comX));
            double vf = (fwdX * vx) + (fwdY * vy);
            double vs = (sideX * vx) + (sideY * vy);

            double limit = _wheelRoad[slot] ? CarBody.FrictionLimit : 0.6 * CarBody.FrictionLimit;
            ref double spin = ref _wheelOmega[slot];
            spin += Dt * CarBody.EnginePower * _wheelGas[slot] / CarBody.WheelInertia / (Math.Abs(spin) + 5.0);
            double brake = _brake[i];
            if (brake >= 0.9)
            {
                spin = 0;
            }
            else if (brake > 0)
            {
                double cut = Math.Min(CarBody.BrakeForce * brake, Math.Abs(spin));
                spin -= Math.Sign(spin) * cut;
            }

            double forward = ((spin * CarBody.WheelRadius) - vf) * CarBody.TyreGain;
            double lateral = -vs * CarBody.TyreGain;
            double magnitude = Math.Sqrt((forward * forward) + (lateral * lateral));
            if (magnitude > limit)
            {
                forward *= limit / magnitude;
                lateral *= limit / magnitude;
            }

            spin -= Dt * forward * CarBody.WheelRadius / CarBody.WheelInertia;
            double wx = (lateral * sideX) + (forward * fwdX);
            double wy = (lateral * sideY) + (forward * fwdY);
            fx += wx;
            fy += wy;
            torque += ((px - comX) * wy) - ((py - comY) * wx);
        }

        // Semi-implicit Euler, as Box2D integrates: velocities first, then positions with the new velocities.
        _vx[i] += Dt * fx / CarBody.Mass;
        _vy[i] += Dt * fy / CarBody.Mass;
        _omega[i] += Dt * torque / CarBody.Inertia;
        double speed = Math.Sqrt((_vx[i] * _vx[i]) + (_vy[i] * _vy[i]));
        if (speed > MaxSpeed)
        {
            _vx[i] *= MaxSpeed / speed;
            _vy[i] *= MaxSpeed / speed;
        }

        _omega[i] = Math.Clamp(_omega[i], -MaxTurnRate, MaxTurnRate);
        comX += Dt * _vx[i];
        comY += Dt * _vy[i];
        angle += Dt * _omega[i];
        _angle[i] = angle;
        c = Math.Cos(angle);
        s = Math.Sin(angle);
        _cos[i] = c;
        _sin[i] = s;
        _x[i] = comX - ((c * CarBody.CentreX) - (s * CarBody.CentreY));
        _y[i] = comY - ((s * CarBody.CentreX) + (c * CarBody.CentreY));
        _steer[i] = Math.Clamp(_steer[i] + (Dt * motor), -CarBody.SteerLimit, CarBody.SteerLimit);
    }

    /// <summary>
    /// Updates each wheel's contacts on the current positions: the tiles its box overlaps are visited, its road
    /// flag for the next step's friction is set, and a wheel beginning or ending contact with tile 0 finishes the
    /// lap once more than 95% of the tiles are visited.
    /// </summary>
    /// <returns>The reward of newly visited tiles.</returns>
    private double Contacts(int i)
    {
        Track track = _track[i];
        bool[] visited = _visited[i];
        double angle = _angle[i];
        double c = _cos[i], s = _sin[i];

        // The rear wheels turn with the hull (their angle, hull angle + 0, has the hull's cos and sin: see RearSin).
        double steered = angle + _steer[i];
        _steeredCos[i] = Math.Cos(steered);
        _steeredSin[i] = Math.Sin(steered);
        double reward = 0;
        Span<int> contacts = _contacts;
        for (int w = 0; w < 4; w++)
        {
            int slot = (i * 4) + w;
            double px = _x[i] + (c * CarBody.WheelX[w]) - (s * CarBody.WheelY[w]);
            double py = _y[i] + (s * CarBody.WheelX[w]) + (c * CarBody.WheelY[w]);
            int count = w < 2
                ? track.TilesOverlapping(px, py, _steeredCos[i], _steeredSin[i], WheelHalfWidth, WheelHalfLength, contacts)
                : track.TilesOverlapping(px, py, c, RearSin(s), WheelHalfWidth, WheelHalfLength, contacts);
            bool onStart = false;
            for (int k = 0; k < count; k++)
            {
                onStart |= contacts[k] == 0;
            }

            // Gym checks the lap when a contact with tile 0 begins or ends, before counting the tile it visits.
            if (onStart != _wheelOnStart[slot])
            {
                _wheelOnStart[slot] = onStart;
                if ((double)_visitedCount[i] / track.TileCount > TrackConstants.LapCompletePercent)
                {
                    _lapDone[i] = true;
                }
            }

            for (int k = 0; k < count; k++)
            {
                int tile = contacts[k];
                if (!visited[tile])
                {
                    visited[tile] = true;
                    _visitedCount[i]++;
                    reward += 1000.0 / track.TileCount;
                }
            }

            _wheelRoadNext[slot] = count > 0;
        }

        return reward;
    }

    private void UpdateNearest(int i)
    {
        Track track = _track[i];
        int n = track.TileCount;
        int best = _nearest[i];
        double bestDistance = double.MaxValue;
        int j = ((_nearest[i] - 8) % n + n) % n;
        for (int k = -8; k <= 24; k++, j = j + 1 == n ? 0 : j + 1)
        {
            double dx = track.X[j] - _x[i], dy = track.Y[j] - _y[i];
            double d = (dx * dx) + (dy * dy);
            if (d < bestDistance)
            {
                bestDistance = d;
                best = j;
            }
        }

        _nearest[i] = best;
    }
}
