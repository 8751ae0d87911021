using System.Globalization;
using Wann.Core.Tasks;
using Wann.Environments;
using Wann.Environments.CarRacing;
using Wann.Viewer.Rendering;

namespace Wann.Viewer.Replay;

/// <summary>A replay capability for car racing: one PNG of the track, the tiles touched and the car's path.</summary>
public sealed class TrackReplay : IReplayCapability
{
    /// <inheritdoc/>
    public IReplayRecorder CreateRecorder(IVectorEnvironment environment) => environment is CarRacing race
        ? new Recorder(new RaceObserver(race))
        : throw new ArgumentException($"Environment {environment?.Spec.Name} is not car racing.", nameof(environment));

    private sealed class Recorder(RaceObserver race) : IReplayRecorder
    {
        public void OnReset(IVectorEnvironment env) => race.OnReset(env);

        public void OnStep(IVectorEnvironment env, ReadOnlySpan<double> rewards) => race.OnStep(env, rewards);

        public ReplayFile Finish(ReplayInfo info)
        {
            RaceRecording recording = race.ToRecording(info.Score, info.Weight);
            int touched = recording.Visited.Count(v => v);
            string summary = string.Create(CultureInfo.InvariantCulture, $"{recording.Frames} frames, {touched} of {recording.Visited.Length} tiles, score {info.Score:F1}");
            return new ReplayFile(TrackPicture.Render(recording), ".png", "image/png", summary);
        }
    }
}
