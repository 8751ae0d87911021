using BenchmarkDotNet.Attributes;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Benchmarks;

/// <summary>One step of 18 lanes of each environment (observation written, action applied), from a fixed reset.</summary>
[MemoryDiagnoser]
public class EnvironmentStepBenchmarks
{
    private const int Lanes = 18;
    private IVectorEnvironment _environment = null!;
    private double[] _observations = null!;
    private double[] _actions = null!;
    private readonly double[] _rewards = new double[Lanes];
    private readonly ulong[] _seeds = new ulong[Lanes];

    [ParamsSource(nameof(Environments))]
    public string Environment { get; set; } = "swingup";

    public static IEnumerable<string> Environments => TaskCatalog.Default.Tasks.OfType<ControlTask>().Select(t => t.Name);

    [GlobalSetup]
    public void Setup()
    {
        _environment = ((ControlTask)TaskCatalog.Default.Get(Environment)).CreateEnvironment(Lanes);
        _observations = new double[_environment.Spec.ObservationSize * Lanes];
        _actions = new double[_environment.Spec.ActionSize * Lanes];
        for (int i = 0; i < Lanes; i++)
        {
            _seeds[i] = (ulong)i;
        }

        _environment.Reset(_seeds);
    }

    [Benchmark(Description = "observe + step, 18 lanes")]
    public double Step()
    {
        if (_environment.RunningLaneCount < Lanes)
        {
            _environment.Reset(_seeds);
        }

        _environment.WriteObservations(_observations);
        for (int i = 0; i < _actions.Length; i++)
        {
            _actions[i] = 0.1 * _observations[i % _observations.Length];
        }

        _environment.Step(_actions, _rewards);
        return _rewards[0];
    }
}
