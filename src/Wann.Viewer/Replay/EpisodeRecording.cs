namespace Wann.Viewer.Replay;

/// <summary>One recorded episode: the environment, the true state after every step, and the score.</summary>
/// <param name="Environment">Task or environment name (shown on the page).</param>
/// <param name="StateNames">Names of the state components.</param>
/// <param name="States">The start state, then the state after each step.</param>
/// <param name="Score">The episode's score (the evaluator's, episode-end scoring included).</param>
/// <param name="Weight">The shared weight used, or null for the genome's own weights.</param>
public sealed record EpisodeRecording(string Environment, IReadOnlyList<string> StateNames, IReadOnlyList<double[]> States, double Score, double? Weight);
