namespace Wann.Environments.Tracing;

/// <summary>
/// Replays a fixed action sequence from a given state in one lane and records the trajectory, for
/// validating an environment's physics against another implementation of the same equations.
/// </summary>
public static class EnvironmentTrace
{
    /// <summary>Replays <paramref name="actions"/> from <paramref name="state"/>.</summary>
    /// <param name="environment">A one-lane environment that exposes <see cref="IPhysicalState"/>.</param>
    /// <param name="state">The start state, in the environment's state order.</param>
    /// <param name="actions">One action vector per step.</param>
    /// <returns>One entry per step, ending with the step that terminates or truncates the episode.</returns>
    /// <exception cref="ArgumentException">The environment has no state access, or a vector has the wrong length.</exception>
    public static IReadOnlyList<TraceStep> Run(IVectorEnvironment environment, IReadOnlyList<double> state, IReadOnlyList<double[]> actions)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (environment is not IPhysicalState physical)
        {
            throw new ArgumentException($"Environment '{environment.Spec.Name}' does not expose its physical state, so it cannot be traced.");
        }

        if (state.Count != physical.StateNames.Count)
        {
            throw new ArgumentException($"state: {state.Count} values, expected {physical.StateNames.Count} ({string.Join(", ", physical.StateNames)}).");
        }

        physical.SetState(0, [.. state]);
        var steps = new List<TraceStep>(actions.Count);
        var reward = new double[1];
        for (int t = 0; t < actions.Count && environment.RunningLaneCount > 0; t++)
        {
            if (actions[t].Length != environment.Spec.ActionSize)
            {
                throw new ArgumentException($"actions[{t}]: {actions[t].Length} values, expected {environment.Spec.ActionSize} ({string.Join(", ", environment.Spec.ActionNames)}).");
            }

            environment.Step(actions[t], reward);
            var after = new double[physical.StateNames.Count];
            physical.ReadState(0, after);
            var observation = new double[environment.Spec.ObservationSize];
            environment.WriteObservations(observation);
            steps.Add(new TraceStep(after, observation, reward[0], environment.Terminated[0], environment.Truncated[0]));
        }

        return steps;
    }
}
