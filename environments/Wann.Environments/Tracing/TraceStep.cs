namespace Wann.Environments.Tracing;

/// <summary>One step of a replayed action sequence.</summary>
/// <param name="State">The true physical state after the step.</param>
/// <param name="Observation">The observation after the step.</param>
/// <param name="Reward">The step's reward.</param>
/// <param name="Terminated">Whether the episode ended by a terminal condition.</param>
/// <param name="Truncated">Whether the episode was cut by the step limit.</param>
public sealed record TraceStep(double[] State, double[] Observation, double Reward, bool Terminated, bool Truncated);
