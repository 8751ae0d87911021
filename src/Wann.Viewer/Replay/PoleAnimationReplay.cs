using System.Text;
using Wann.Core.Tasks;
using Wann.Environments;

namespace Wann.Viewer.Replay;

/// <summary>A replay capability for cart-and-pole environments: an HTML page animating the true state at every step.</summary>
/// <param name="drawing">Which state components are drawn as poles, and how.</param>
public sealed class PoleAnimationReplay(PoleDrawing drawing) : IReplayCapability
{
    /// <inheritdoc/>
    public IReplayRecorder CreateRecorder(IVectorEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment is not IPhysicalState physical)
        {
            throw new ArgumentException($"Environment {environment.Spec.Name} does not report its state, so it cannot be animated.");
        }

        return new Recorder(new StateObserver(physical), physical.StateNames, environment.Spec.Name, drawing);
    }

    private sealed class Recorder(StateObserver states, IReadOnlyList<string> names, string environment, PoleDrawing drawing) : IReplayRecorder
    {
        public void OnReset(IVectorEnvironment env) => states.OnReset(env);

        public void OnStep(IVectorEnvironment env, ReadOnlySpan<double> rewards) => states.OnStep(env, rewards);

        public ReplayFile Finish(ReplayInfo info)
        {
            var recording = new EpisodeRecording(environment, names, states.States, info.Score, info.Weight);
            string html = ReplayPage.Render(recording, info.Title, drawing);
            return new ReplayFile(Encoding.UTF8.GetBytes(html), ".html", "text/html; charset=utf-8", $"{states.States.Count - 1} steps, score {info.Score:F1}");
        }
    }
}
