namespace Wann.Environments;

/// <summary>
/// What an environment looks like from outside: its name, the meaning and size of its observation
/// and action vectors, the bounds of its actions and its episode limit (Gymnasium's spaces, reduced
/// to what neuroevolution needs).
/// </summary>
/// <param name="Name">Registry name, e.g. <c>swingup</c>.</param>
/// <param name="Description">One line for listings.</param>
/// <param name="ObservationNames">One name per observation component, in order.</param>
/// <param name="ActionNames">One name per action component, in order.</param>
/// <param name="ActionLow">Lower bound of each action component (the environment clips).</param>
/// <param name="ActionHigh">Upper bound of each action component (the environment clips).</param>
/// <param name="MaxEpisodeSteps">Steps after which an episode is truncated; 0 for none.</param>
public sealed record EnvironmentSpec(
    string Name,
    string Description,
    IReadOnlyList<string> ObservationNames,
    IReadOnlyList<string> ActionNames,
    IReadOnlyList<double> ActionLow,
    IReadOnlyList<double> ActionHigh,
    int MaxEpisodeSteps)
{
    /// <summary>Gets the number of observation components.</summary>
    public int ObservationSize => ObservationNames.Count;

    /// <summary>Gets the number of action components.</summary>
    public int ActionSize => ActionNames.Count;
}
