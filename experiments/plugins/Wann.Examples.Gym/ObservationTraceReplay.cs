using System.Globalization;
using System.Text;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Examples.Gym;

/// <summary>
/// A replay capability any environment can have: a CSV table of lane 0's observation and reward at every step, which
/// <c>wann replay</c> writes next to the genome (open it in a spreadsheet or plot it).
/// </summary>
public sealed class ObservationTraceReplay : IReplayCapability
{
    /// <inheritdoc/>
    public IReplayRecorder CreateRecorder(IVectorEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new Recorder(environment.Spec);
    }

    private sealed class Recorder : IReplayRecorder
    {
        private readonly StringBuilder _csv = new();
        private readonly double[] _observations;
        private int _steps;

        public Recorder(EnvironmentSpec spec)
        {
            _observations = new double[spec.ObservationSize];
            _csv.Append("step,").AppendJoin(',', spec.ObservationNames).Append(",reward\n");
        }

        public void OnReset(IVectorEnvironment environment) => Row(environment, 0.0);

        public void OnStep(IVectorEnvironment environment, ReadOnlySpan<double> rewards)
        {
            _steps++;
            Row(environment, rewards[0]);
        }

        public ReplayFile Finish(ReplayInfo info) => new(
            Encoding.UTF8.GetBytes(_csv.ToString()),
            ".csv",
            "text/csv; charset=utf-8",
            string.Create(CultureInfo.InvariantCulture, $"{_steps} steps, score {info.Score:F1}"));

        private void Row(IVectorEnvironment environment, double reward)
        {
            // Lane 0 of a component-major buffer: with one lane, component k sits at index k.
            int lanes = environment.LaneCount;
            var all = new double[_observations.Length * lanes];
            environment.WriteObservations(all);
            _csv.Append(_steps.ToString(CultureInfo.InvariantCulture));
            for (int k = 0; k < _observations.Length; k++)
            {
                _csv.Append(',').Append(all[k * lanes].ToString("R", CultureInfo.InvariantCulture));
            }

            _csv.Append(',').Append(reward.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
        }
    }
}
