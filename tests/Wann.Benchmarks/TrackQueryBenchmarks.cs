using BenchmarkDotNet.Attributes;
using Wann.Environments.CarRacing;

namespace Wann.Benchmarks;

/// <summary>
/// Car racing's two track queries over 4,096 points near the road (one track): the road test of the rangefinders
/// and the wheel's tile contacts, each by the fine grid against the coarse-cell search it replaced; and a frame's
/// five rangefinders from 1,024 cars placed as drivers leave them.
/// </summary>
[MemoryDiagnoser]
public class TrackQueryBenchmarks
{
    private const int Points = 4096;
    private const int Cars = 1024;
    private const double WheelHalfWidth = 14 * CarBody.Size;
    private const double WheelHalfLength = 27 * CarBody.Size;
    private readonly double[] _x = new double[Points];
    private readonly double[] _y = new double[Points];
    private readonly double[] _angle = new double[Points];
    private readonly int[] _tiles = new int[32];
    private readonly double[] _carX = new double[Cars];
    private readonly double[] _carY = new double[Cars];
    private readonly double[] _carAngle = new double[Cars];
    private Track _track = null!;

    [GlobalSetup]
    public void Setup()
    {
        _track = TrackGenerator.Generate(3);
        var random = new Random(1);
        for (int i = 0; i < Points; i++)
        {
            int k = random.Next(_track.TileCount);
            _x[i] = _track.X[k] + ((random.NextDouble() - 0.5) * 20);
            _y[i] = _track.Y[k] + ((random.NextDouble() - 0.5) * 20);
            _angle[i] = random.NextDouble() * 2 * Math.PI;
        }

        // Cars as a driver leaves them: within 5 units of the centreline, within 0.3 rad of the road's heading.
        for (int i = 0; i < Cars; i++)
        {
            int k = random.Next(_track.TileCount);
            double offset = (random.NextDouble() - 0.5) * 10;
            _carX[i] = _track.X[k] + (offset * Math.Cos(_track.Beta[k]));
            _carY[i] = _track.Y[k] + (offset * Math.Sin(_track.Beta[k]));
            _carAngle[i] = _track.Beta[k] + ((random.NextDouble() - 0.5) * 0.6);
        }

        _track.OnRoad(0, 0); // builds the fine grid outside the measurement
    }

    [Benchmark(Baseline = true, Description = "road test, coarse cells (TileAt)")]
    public int RoadByCells()
    {
        int road = 0;
        for (int i = 0; i < Points; i++)
        {
            road += _track.TileAt(_x[i], _y[i]) >= 0 ? 1 : 0;
        }

        return road;
    }

    [Benchmark(Description = "road test, fine grid (OnRoad)")]
    public int RoadByFineGrid()
    {
        int road = 0;
        for (int i = 0; i < Points; i++)
        {
            road += _track.OnRoad(_x[i], _y[i]) ? 1 : 0;
        }

        return road;
    }

    [Benchmark(Description = "wheel contacts, coarse cells")]
    public int WheelByCells()
    {
        int found = 0;
        for (int i = 0; i < Points; i++)
        {
            found += _track.TilesOverlappingByCells(_x[i], _y[i], _angle[i], WheelHalfWidth, WheelHalfLength, _tiles);
        }

        return found;
    }

    [Benchmark(Description = "wheel contacts, fine grid")]
    public int WheelByFineGrid()
    {
        int found = 0;
        for (int i = 0; i < Points; i++)
        {
            found += _track.TilesOverlapping(_x[i], _y[i], _angle[i], WheelHalfWidth, WheelHalfLength, _tiles);
        }

        return found;
    }

    [Benchmark(Description = "five rangefinders from cars on the road, heading along it")]
    public double Rangefinders()
    {
        double total = 0;
        for (int i = 0; i < Cars; i++)
        {
            foreach (double ray in CarRacing.RayAngles)
            {
                total += CarRacing.Ray(_track, _carX[i], _carY[i], _carAngle[i] + ray);
            }
        }

        return total;
    }

    [Benchmark(Description = "fine grid build (one track)")]
    public Track BuildFineGrid()
    {
        var track = new Track(_track.X, _track.Y, _track.Beta, 1);
        track.OnRoad(0, 0);
        return track;
    }
}
