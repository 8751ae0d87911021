using Wann.Environments.Spaces;

namespace Wann.Environments;

/// <summary>
/// What an environment looks like from outside: its name, its observation and action spaces and its
/// episode limit (Gymnasium's spec and spaces, reduced to what neuroevolution needs).
/// </summary>
/// <param name="Name">The environment's own name, e.g. <c>swingup</c> (the task catalog's name is the one configs use).</param>
/// <param name="Description">One line for listings.</param>
/// <param name="ObservationSpace">The observation space: continuous, one named component per value, with bounds (±∞ where there are none).</param>
/// <param name="ActionSpace">The action space: continuous with bounds, or discrete (one component holding the choice's index).</param>
/// <param name="MaxEpisodeSteps">Steps after which an episode is truncated; 0 for none.</param>
public sealed record EnvironmentSpec(
    string Name,
    string Description,
    Space ObservationSpace,
    Space ActionSpace,
    int MaxEpisodeSteps)
{
    /// <summary>Gets the name of each observation component, in order.</summary>
    public IReadOnlyList<string> ObservationNames => ObservationSpace.Names;

    /// <summary>Gets the name of each action component, in order.</summary>
    public IReadOnlyList<string> ActionNames => ActionSpace.Names;

    /// <summary>Gets the lower bound of each action component.</summary>
    public IReadOnlyList<double> ActionLow => ActionSpace.Low;

    /// <summary>Gets the upper bound of each action component.</summary>
    public IReadOnlyList<double> ActionHigh => ActionSpace.High;

    /// <summary>Gets the number of observation components.</summary>
    public int ObservationSize => ObservationSpace.Size;

    /// <summary>Gets the number of action components (one for a discrete action space).</summary>
    public int ActionSize => ActionSpace.Size;
}
